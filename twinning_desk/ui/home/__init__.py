"""The home tab ("Accueil"): the partners' map, the records, ties to look after, the year ahead."""
