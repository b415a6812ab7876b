"""The home commune's identity: name, country, coordinates, logo, committee settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from twinning_desk.db.database import Database
from twinning_desk.db.models import Commune, Partner
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services import notify
from twinning_desk.services.countries import is_country_code
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.geo import great_circle_km
from twinning_desk.services.text import clean_text

MAX_LOGO_BYTES = 2_000_000
# The country assumed before the home commune is set: the app is made for French communes.
DEFAULT_COUNTRY = "FR"


@dataclass
class CommuneProfile:
    name: str
    country_code: str
    region: str | None = None
    population: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    committee_name: str | None = None
    logo: bytes | None = None
    logo_mime: str | None = None
    dormant_after_months: int = 24
    fiscal_year_start_month: int = 1


def home_commune(session: Session) -> Commune | None:
    """The home commune's row: every service reads it through here, and nowhere else.

    A file describes one commune. Should it ever hold more rows (a hand-edited or merged
    file), the first one saved is the home commune for every screen, report and rule,
    rather than whichever row SQLite returns first to each reader.
    """
    return session.scalars(select(Commune).order_by(Commune.id).limit(1)).first()


def home_country(session: Session) -> str:
    """The home commune's country, :data:`DEFAULT_COUNTRY` before the commune is set."""
    commune = home_commune(session)
    return commune.country_code if commune else DEFAULT_COUNTRY


def check_coordinates(latitude: float | None, longitude: float | None) -> None:
    if (latitude is None) != (longitude is None):
        field = "longitude" if longitude is None else "latitude"
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "give both latitude and longitude, or neither.")
        )
    if latitude is not None and not -90 <= latitude <= 90:
        raise ValidationError(
            "latitude", QT_TRANSLATE_NOOP("Validation", "must be between -90 and 90 degrees.")
        )
    if longitude is not None and not -180 <= longitude <= 180:
        raise ValidationError(
            "longitude", QT_TRANSLATE_NOOP("Validation", "must be between -180 and 180 degrees.")
        )


def check_population(population: int | None) -> None:
    if population is not None and not 0 <= population <= 50_000_000:
        raise ValidationError(
            "population", QT_TRANSLATE_NOOP("Validation", "must be between 0 and 50,000,000.")
        )


def check_country(code: str | None) -> str:
    if not code or not is_country_code(code):
        raise ValidationError("country", QT_TRANSLATE_NOOP("Validation", "choose a country."))
    return code.upper()


class CommuneService:
    def __init__(self, db: Database, notifier: notify.ChangeNotifier) -> None:
        self.db = db
        self.notifier = notifier

    def get(self) -> CommuneProfile | None:
        with self.db.reading() as session:
            row = home_commune(session)
            if row is None:
                return None
            return CommuneProfile(
                name=row.name,
                country_code=row.country_code,
                region=row.region,
                population=row.population,
                latitude=row.latitude,
                longitude=row.longitude,
                committee_name=row.committee_name,
                logo=row.logo,
                logo_mime=row.logo_mime,
                dormant_after_months=row.dormant_after_months,
                fiscal_year_start_month=row.fiscal_year_start_month,
            )

    def is_configured(self) -> bool:
        return self.get() is not None

    def save(self, profile: CommuneProfile) -> None:
        """Save and recompute every partner's distance in the same transaction."""
        name = clean_text("name", profile.name, max_length=200, required=True)
        country = check_country(profile.country_code)
        check_coordinates(profile.latitude, profile.longitude)
        check_population(profile.population)
        if not 1 <= profile.dormant_after_months <= 600:
            raise ValidationError(
                "dormant_after_months",
                QT_TRANSLATE_NOOP("Validation", "must be between 1 and 600 months."),
            )
        if not 1 <= profile.fiscal_year_start_month <= 12:
            raise ValidationError(
                "fiscal_year_start_month",
                QT_TRANSLATE_NOOP("Validation", "must be a month from 1 to 12."),
            )
        if profile.logo is not None and len(profile.logo) > MAX_LOGO_BYTES:
            raise ValidationError(
                "file", QT_TRANSLATE_NOOP("Validation", "the logo is larger than 2 MB.")
            )
        with self.db.transaction() as session:
            row = home_commune(session)
            if row is None:
                row = Commune(name=name, country_code=country)
                session.add(row)
            row.name = name or ""
            row.country_code = country
            row.region = clean_text("region", profile.region, max_length=200)
            row.population = profile.population
            row.latitude = profile.latitude
            row.longitude = profile.longitude
            row.committee_name = clean_text("name", profile.committee_name, max_length=200)
            # Compared first: the logo is read only when asked for (deferred), and setting
            # an unread column counts as a change even to the same value: every OK of the
            # settings made a new version and an undo step that changed nothing.
            if row.logo != profile.logo:
                row.logo = profile.logo
            row.logo_mime = profile.logo_mime
            row.dormant_after_months = profile.dormant_after_months
            row.fiscal_year_start_month = profile.fiscal_year_start_month
            session.flush()
            recompute_distances(session, profile.latitude, profile.longitude)
        self.notifier.notify(notify.COMMUNE)
        self.notifier.notify(notify.PARTNERS)


def recompute_distances(session: Session, latitude: float | None, longitude: float | None) -> None:
    if latitude is None or longitude is None:
        session.execute(update(Partner).values(distance_km=None))
        return
    for partner in session.scalars(select(Partner)):
        partner.distance_km = (
            None
            if partner.latitude is None or partner.longitude is None
            else round(great_circle_km(latitude, longitude, partner.latitude, partner.longitude), 1)
        )
