"""A living fictional commune, so that a newcomer sees a real-looking app at once.

Saint-Aubin-des-Vignes (about 5,000 inhabitants, Touraine) is twinned with towns in
Germany, Italy, Poland, the United Kingdom and Spain; the Spanish twinning has fallen
asleep. Dates are relative to today so that the demo never looks stale; charters keep
their historical years (Kenilworth's 50th anniversary falls in 2027).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from twinning_desk.db.models import (
    AgreementType,
    BudgetKind,
    BudgetLine,
    BudgetYear,
    Delegation,
    DelegationMember,
    DelegationStatus,
    Direction,
    Event,
    EventParticipantCount,
    EventStatus,
    FollowUp,
    FundingSource,
    HostingAssignment,
    Household,
    LocalActor,
    MemberRole,
    MissionReport,
    Partner,
    PartnerStatus,
    Person,
    ProgrammeItem,
    Subsidy,
    SubsidyStatus,
    Theme,
)
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.budget_chart import ensure_chart
from twinning_desk.services.commune import CommuneProfile
from twinning_desk.services.context import Services
from twinning_desk.services.dates import parse_fuzzy_date
from twinning_desk.services.errors import ConflictError
from twinning_desk.services.partners import AgreementData, ContactData, PartnerData

HOME = CommuneProfile(
    name="Saint-Aubin-des-Vignes",
    country_code="FR",
    region="Centre-Val de Loire",
    population=5120,
    latitude=47.4042,
    longitude=0.7989,
    committee_name="Comité de jumelage de Saint-Aubin-des-Vignes",
)


def _partners() -> list[PartnerData]:
    def a(kind: AgreementType, signed: str, place: str, **kw: Any) -> AgreementData:
        return AgreementData(
            type=kind, signed=parse_fuzzy_date("signed", signed), place=place, **kw
        )

    return [
        PartnerData(
            name="Bad Wimpfen",
            country_code="DE",
            region="Baden-Württemberg",
            population=7200,
            languages="de",
            timezone="Europe/Berlin",
            latitude=49.2297,
            longitude=9.1657,
            themes=["culture", "jeunesse", "scolaire"],
            agreements=[
                a(
                    AgreementType.CHARTER,
                    "12/05/1978",
                    "Bad Wimpfen",
                    french_version=True,
                    signatories="Hans Maier, Bürgermeister; Jean Roussel, maire",
                ),
                a(
                    AgreementType.CHARTER,
                    "2003",
                    "Saint-Aubin-des-Vignes",
                    french_version=True,
                    renewal="25e anniversaire : charte renouvelée",
                ),
            ],
            contacts=[
                ContactData(
                    name="Claudia Beck",
                    role="Bürgermeisterin",
                    language="de",
                    email="buergermeisterin@example.de",
                ),
                ContactData(
                    name="Jürgen Köhler",
                    role="président du comité",
                    language="de",
                    phone="+49 7063 000000",
                ),
            ],
        ),
        PartnerData(
            name="Montefalco",
            country_code="IT",
            region="Umbria",
            population=5600,
            languages="it",
            timezone="Europe/Rome",
            latitude=42.8939,
            longitude=12.6504,
            themes=["patrimoine", "tourisme", "économie"],
            agreements=[a(AgreementType.CHARTER, "1995", "Montefalco", french_version=True)],
            contacts=[ContactData(name="Giulia Rossi", role="sindaca", language="it")],
        ),
        PartnerData(
            name="Łańcut",
            country_code="PL",
            region="Podkarpackie",
            population=17800,
            languages="pl",
            timezone="Europe/Warsaw",
            latitude=50.0687,
            longitude=22.2291,
            themes=["jeunesse", "sport", "solidarité"],
            agreements=[
                a(
                    AgreementType.FRIENDSHIP,
                    "2001-2002",
                    "Łańcut / Saint-Aubin-des-Vignes",
                    french_version=True,
                ),
                a(
                    AgreementType.CHARTER,
                    "18/09/2005",
                    "Łańcut",
                    french_version=True,
                    signatories="Stanisław Żółkiewski, burmistrz; Anne Lefèvre, maire",
                ),
            ],
            contacts=[
                ContactData(
                    name="Małgorzata Wójcik",
                    role="interprète",
                    language="pl",
                    email="m.wojcik@example.pl",
                ),
            ],
        ),
        PartnerData(
            name="Kenilworth",
            country_code="GB",
            region="England",
            population=22400,
            languages="en",
            timezone="Europe/London",
            latitude=52.3497,
            longitude=-1.5802,
            themes=["culture", "scolaire"],
            agreements=[a(AgreementType.CHARTER, "18/06/1977", "Kenilworth")],
            contacts=[ContactData(name="Oliver Hughes", role="Town Clerk", language="en")],
        ),
        PartnerData(
            name="Peñíscola",
            country_code="ES",
            region="Comunitat Valenciana",
            population=8000,
            languages="es,ca",
            timezone="Europe/Madrid",
            latitude=40.3581,
            longitude=0.4062,
            themes=["tourisme", "sport"],
            agreements=[a(AgreementType.CHARTER, "1998", "Peñíscola")],
            notes="Plus d’échange depuis 2019 : relancer la mairie après les élections.",
        ),
        PartnerData(
            name="Nida",
            country_code="LT",
            status=PartnerStatus.PROSPECT,
            region="Klaipėda",
            population=2400,
            languages="lt",
            latitude=55.3038,
            longitude=21.0055,
            themes=["environnement"],
            agreements=[a(AgreementType.LETTER_OF_INTENT, "2025", "Nida")],
        ),
    ]


def load_demo(services: Services) -> None:
    """Fill an empty database; refused when the committee already has partners."""
    if services.partners.count() > 0:
        raise ConflictError(
            Message(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The demo fills an empty database only; this one already has partners.",
                ),
            )
        )
    # One transaction: killed half-way, the file stays empty and the demo can run again.
    with services.db.batch():
        services.commune.save(HOME)
        ids = {}
        for partner in _partners():
            ids[partner.name] = services.partners.save(partner)
        today = date.today()
        year = today.year
        with services.db.transaction() as s:
            chart = ensure_chart(s)
            partners = {name: s.get_one(Partner, pid) for name, pid in ids.items()}

            people = {
                key: Person(
                    first_name=first,
                    last_name=last,
                    email=email,
                    town=town,
                    country_code=cc,
                    languages=langs,
                )
                for key, first, last, email, town, cc, langs in [
                    (
                        "maire",
                        "Anne",
                        "LEFÈVRE",
                        "maire@example.fr",
                        "Saint-Aubin-des-Vignes",
                        "FR",
                        "fr,en",
                    ),
                    (
                        "adjoint",
                        "Karim",
                        "BENALI",
                        "k.benali@example.fr",
                        "Saint-Aubin-des-Vignes",
                        "FR",
                        "fr,de",
                    ),
                    (
                        "secretaire",
                        "Sophie",
                        "MARCHAND",
                        "secretariat@example.fr",
                        "Saint-Aubin-des-Vignes",
                        "FR",
                        "fr,en",
                    ),
                    ("jeune", "Lucas", "MARCHAND", None, "Saint-Aubin-des-Vignes", "FR", "fr"),
                    ("visiteur1", "Jürgen", "KÖHLER", None, "Bad Wimpfen", "DE", "de,fr"),
                    ("visiteur2", "Helga", "SCHRÖDER", None, "Bad Wimpfen", "DE", "de"),
                ]
            }
            people["jeune"].birth_date = date(year - 15, 3, 14)
            for key, first, last, langs in [
                ("visiteur3", "Anna", "WEBER", "de,en"),
                ("visiteur4", "Paul", "WEBER", "de,en"),
                ("visiteur5", "Klaus", "BRAUN", "de"),
                ("visiteur6", "Ursula", "BRAUN", "de,fr"),
            ]:
                people[key] = Person(
                    first_name=first,
                    last_name=last,
                    town="Bad Wimpfen",
                    country_code="DE",
                    languages=langs,
                )
            for key, first, last, town, cc, langs in [
                ("choriste1", "Martine", "ROUSSEAU", "Saint-Aubin-des-Vignes", "FR", "fr,it"),
                ("choriste2", "Gérard", "FAURE", "Saint-Aubin-des-Vignes", "FR", "fr"),
                ("sportif1", "Javier", "NÚÑEZ", "Peñíscola", "ES", "es,fr"),
                ("sportif2", "Lucía", "GARCÍA", "Peñíscola", "ES", "es"),
            ]:
                people[key] = Person(
                    first_name=first, last_name=last, town=town, country_code=cc, languages=langs
                )
            hosts = {
                "garnier": Household(
                    name="Famille Garnier",
                    address="3 rue des Vignes, Saint-Aubin",
                    phone="02 47 00 11 22",
                    capacity=2,
                    languages="fr,de",
                    has_pets=True,
                ),
                "roux": Household(
                    name="Famille Roux",
                    address="12 place de l’Église, Saint-Aubin",
                    phone="02 47 00 33 44",
                    capacity=2,
                    languages="fr,en",
                    diets_offered="végétarien",
                ),
                "dupont": Household(
                    name="M. et Mme Dupont",
                    address="Le Clos, route de Vouvray, Saint-Aubin",
                    phone="06 12 34 56 78",
                    capacity=3,
                    languages="fr,de",
                    accessible=True,
                    diets_offered="végétarien, sans gluten",
                ),
            }
            s.add_all(hosts.values())
            s.add_all(people.values())
            s.flush()

            incoming = Delegation(
                partner_id=partners["Bad Wimpfen"].id,
                direction=Direction.INCOMING,
                purpose="citizens",
                start_date=today - timedelta(days=60),
                end_date=today - timedelta(days=57),
                transport="car",
                status=DelegationStatus.DONE,
            )
            outgoing = Delegation(
                partner_id=partners["Łańcut"].id,
                direction=Direction.OUTGOING,
                purpose="official",
                start_date=today - timedelta(days=150),
                end_date=today - timedelta(days=146),
                transport="plane",
                status=DelegationStatus.DONE,
            )
            montefalco = Delegation(
                partner_id=partners["Montefalco"].id,
                direction=Direction.OUTGOING,
                purpose="cultural",
                start_date=today - timedelta(days=420),
                end_date=today - timedelta(days=416),
                transport="coach",
                status=DelegationStatus.DONE,
            )
            old_spain = Delegation(
                partner_id=partners["Peñíscola"].id,
                direction=Direction.INCOMING,
                purpose="sports",
                start_date=date(2019, 5, 30),
                end_date=date(2019, 6, 2),
                status=DelegationStatus.DONE,
            )
            s.add_all([incoming, outgoing, montefalco, old_spain])
            s.flush()
            outgoing.members = [
                DelegationMember(
                    person_id=people["maire"].id,
                    role=MemberRole.ELECTED,
                    mandat_number="2025-047",
                    mandat_date=outgoing.start_date - timedelta(days=20),
                    daily_rate_cents=9000,
                    free_nights=2,  # two nights with a family in Łańcut
                    free_meals=3,
                ),
                DelegationMember(person_id=people["secretaire"].id, role=MemberRole.COMMITTEE),
                DelegationMember(
                    person_id=people["jeune"].id, role=MemberRole.YOUTH, guardian_authorisation=True
                ),
            ]

            def visitor(key: str, host: str, **kw: Any) -> DelegationMember:
                return DelegationMember(
                    person_id=people[key].id,
                    role=kw.pop("role", MemberRole.RESIDENT),
                    invited=True,
                    hosting=HostingAssignment(household_id=hosts[host].id),
                    **kw,
                )

            incoming.members = [
                visitor("visiteur1", "garnier", role=MemberRole.COMMITTEE),
                visitor("visiteur2", "garnier"),
                visitor("visiteur3", "dupont", stay_together="Weber"),
                visitor("visiteur4", "dupont", stay_together="Weber"),
                visitor("visiteur5", "dupont"),
                visitor(
                    "visiteur6",
                    "roux",
                    diet="végétarien",
                    no_pets=True,
                    needs="allergie aux poils de chat",
                ),
            ]
            incoming.grant_reference = "CERV-2026-TT-0142"
            montefalco.members = [
                DelegationMember(person_id=people["choriste1"].id, role=MemberRole.RESIDENT),
                DelegationMember(person_id=people["choriste2"].id, role=MemberRole.RESIDENT),
            ]
            old_spain.members = [
                DelegationMember(person_id=people[key].id, role=MemberRole.RESIDENT, invited=True)
                for key in ("sportif1", "sportif2")
            ]
            upcoming = Delegation(
                partner_id=partners["Kenilworth"].id,
                direction=Direction.OUTGOING,
                purpose="official",
                start_date=date(year + 1, 6, 12),
                end_date=date(year + 1, 6, 15),
                transport="train",
                status=DelegationStatus.DRAFT,
                notes="50 ans du jumelage : cérémonie au château de Kenilworth.",
            )
            s.add(upcoming)
            s.flush()
            upcoming.members = [
                DelegationMember(person_id=people["maire"].id, role=MemberRole.ELECTED),
                DelegationMember(
                    person_id=people["adjoint"].id,
                    role=MemberRole.ELECTED,
                    mandat_number=f"{year}-112",
                    mandat_date=date(year, 10, 20),
                ),
                DelegationMember(person_id=people["secretaire"].id, role=MemberRole.COMMITTEE),
            ]
            outgoing.report = MissionReport(
                objectives="Renouveler les liens avec Łańcut et préparer l’échange scolaire.",
                results="Accord de principe pour un échange de vingt lycéens au printemps.",
                effects_here="Le collège ouvre un club de polonais.",
                effects_there="Une classe de français est créée au lycée partenaire.",
                conclusions="Mission utile ; accueil chaleureux de la municipalité.",
                perspectives="Signer une convention scolaire avant l’été.",
                distribution="Conseil municipal ; membres du comité ; Urząd Miasta Łańcut",
                signatory_name="Anne LEFÈVRE",
                signatory_title="Maire",
                signed_place="Saint-Aubin-des-Vignes",
                signed_on=outgoing.end_date + timedelta(days=7),
            )
            outgoing.programme = [
                ProgrammeItem(
                    day=outgoing.start_date + timedelta(days=1),
                    start_time=time(10, 0),
                    position=0,
                    activity="Réception à l’hôtel de ville",
                    place="Ratusz, Łańcut",
                    people_met="Burmistrz, conseil municipal",
                ),
                ProgrammeItem(
                    day=outgoing.start_date + timedelta(days=2),
                    start_time=time(14, 30),
                    position=0,
                    activity="Visite du lycée partenaire",
                    place="Łańcut",
                    people_met="Directrice du lycée",
                ),
            ]

            def event(
                title: str,
                kind: str,
                days: int,
                place: str,
                names: list[str],
                local: int,
                status: EventStatus = EventStatus.DONE,
                delegation: Delegation | None = None,
            ) -> Event:
                start = datetime.combine(today + timedelta(days=days), time(0, 0))
                e = Event(
                    title=title,
                    type=kind,
                    start=start,
                    end=start,
                    all_day=True,
                    place=place,
                    status=status,
                    local_participants=local,
                    delegation_id=delegation.id if delegation else None,
                )
                e.partners = [partners[n] for n in names]
                s.add(e)
                return e

            concert = event(
                "Concert des chorales franco-allemandes",
                "concert",
                -58,
                "Église Saint-Aubin",
                ["Bad Wimpfen"],
                120,
                delegation=incoming,
            )
            concert.actors = [
                LocalActor(name="Chorale À Tout Chœur"),
                LocalActor(name="École de musique intercommunale"),
            ]
            concert.themes = [s.scalars(select(Theme).where(Theme.name == "culture")).one()]
            concert.participant_counts = [
                EventParticipantCount(
                    partner_id=partners["Bad Wimpfen"].id, country_code="DE", count=28
                )
            ]
            concert.follow_ups = [
                FollowUp(
                    text="Envoyer les photos au Stadtchor de Bad Wimpfen",
                    owner="Karim Benali",
                    done=True,
                    due_date=today - timedelta(days=40),
                )
            ]
            e2 = event(
                "Semaine polonaise au collège",
                "school_exchange",
                -148,
                "Łańcut",
                ["Łańcut"],
                25,
                delegation=outgoing,
            )
            e2.participant_counts = [
                EventParticipantCount(partner_id=partners["Łańcut"].id, country_code="PL", count=40)
            ]
            event(
                "Marché de Noël : stand italien",
                "market",
                25,
                "Place de la Mairie",
                ["Montefalco"],
                300,
                status=EventStatus.CONFIRMED,
            )
            e4 = event(
                "Préparation des 50 ans du jumelage avec Kenilworth",
                "committee_meeting",
                40,
                "Salle du conseil",
                ["Kenilworth"],
                12,
                status=EventStatus.PLANNED,
            )
            e4.follow_ups = [
                FollowUp(
                    text="Réserver la salle des fêtes pour juin 2027",
                    owner="Sophie Marchand",
                    due_date=today + timedelta(days=30),
                )
            ]
            event(
                "Échange scolaire avec la Kenilworth School",
                "school_exchange",
                -200,
                "Kenilworth",
                ["Kenilworth"],
                30,
            )
            montefalco_30 = event(
                "30 ans du jumelage avec Montefalco",
                "anniversary",
                -420,
                "Montefalco, Palazzo Comunale",
                ["Montefalco"],
                35,
                delegation=montefalco,
            )
            montefalco_30.participant_counts = [
                EventParticipantCount(
                    partner_id=partners["Montefalco"].id, country_code="IT", count=60
                )
            ]
            montefalco_30.effects_here = (
                "Une classe de CM2 correspond avec une école de Montefalco."
            )
            montefalco_30.effects_there = "Exposition sur le Val de Loire à la bibliothèque."
            event(
                "Assemblée générale du comité", "general_assembly", -300, "Salle des fêtes", [], 45
            )

            fy = BudgetYear(
                year=year, start_date=date(year, 1, 1), end_date=date(year, 12, 31), is_current=True
            )
            s.add(fy)
            sources = {
                key: FundingSource(name=name, kind=key)
                for key, name in [
                    ("commune", "Commune de Saint-Aubin-des-Vignes"),
                    ("departement", "Département d’Indre-et-Loire"),
                    ("eu", "Union européenne – CERV Jumelage de villes"),
                    ("dues", "Cotisations des membres"),
                ]
            }
            s.add_all(sources.values())
            s.flush()

            def line(
                kind: BudgetKind, code: str, label: str, forecast: int, actual: int, **kw: Any
            ) -> None:
                s.add(
                    BudgetLine(
                        year_id=fy.id,
                        kind=kind,
                        category_id=chart[code].id,
                        label=label,
                        forecast_cents=forecast * 100,
                        actual_cents=actual * 100,
                        **kw,
                    )
                )

            C, P = BudgetKind.CHARGE, BudgetKind.PRODUIT

            def paid(days_ago: int, receipt: str, payee: str) -> dict[str, Any]:
                """When, to or from whom, and the receipt of a line already paid: the
                workbook's Détail lists them as the treasurer files them."""
                day = max(date(year, 1, 1), today - timedelta(days=days_ago))
                return {"entry_date": day, "receipt_ref": receipt, "payee": payee}

            line(
                C,
                "625",
                "Voyage officiel à Łańcut (avion, hébergement)",
                4200,
                3987,
                delegation_id=outgoing.id,
                **paid(62, f"F-{year}-014", "LOT Polish Airlines"),
            )
            line(
                C,
                "625",
                "Réception de la délégation de Bad Wimpfen",
                2500,
                2730,
                delegation_id=incoming.id,
                **paid(140, f"F-{year}-009", "Traiteur Les Coteaux"),
            )
            line(C, "60", "Fournitures du marché de Noël", 600, 0)
            line(
                C,
                "623",
                "Affiches et programme du concert",
                350,
                312,
                event_id=concert.id,
                **paid(30, f"F-{year}-017", "Imprimerie du Val de Loire"),
            )
            line(
                C,
                "61",
                "Location de la salle des fêtes",
                400,
                400,
                **paid(100, f"F-{year}-011", "Mairie de Saint-Aubin-des-Vignes"),
            )
            line(
                P,
                "74-COM",
                "Subvention de la commune",
                4000,
                4000,
                funding_source_id=sources["commune"].id,
                **paid(200, f"R-{year}-003", "Commune de Saint-Aubin-des-Vignes"),
            )
            line(
                P,
                "74-DEP",
                "Subvention du Département",
                1500,
                1500,
                funding_source_id=sources["departement"].id,
                **paid(90, f"R-{year}-006", "Département d'Indre-et-Loire"),
            )
            line(
                P,
                "74-UE",
                "Subvention européenne (jumelage de villes)",
                1800,
                0,
                funding_source_id=sources["eu"].id,
            )
            line(
                P,
                "756",
                "Cotisations des membres",
                750,
                820,
                funding_source_id=sources["dues"].id,
                **paid(250, f"R-{year}-001", "Membres du comité"),
            )
            s.add_all(
                [
                    Subsidy(
                        year_id=fy.id,
                        funding_source_id=sources["commune"].id,
                        action="Programme annuel de jumelage",
                        requested_cents=400_000,
                        granted_cents=400_000,
                        status=SubsidyStatus.PAID,
                    ),
                    Subsidy(
                        year_id=fy.id,
                        funding_source_id=sources["departement"].id,
                        action="Échange scolaire avec Łańcut",
                        requested_cents=150_000,
                        granted_cents=150_000,
                        status=SubsidyStatus.GRANTED,
                        delegation_id=outgoing.id,
                        report_due=date(year + 1, 6, 30),
                    ),
                    Subsidy(
                        year_id=fy.id,
                        funding_source_id=sources["eu"].id,
                        action="Rencontre de citoyens Bad Wimpfen",
                        requested_cents=180_000,
                        status=SubsidyStatus.REQUESTED,
                        delegation_id=incoming.id,
                        report_due=date(year + 1, 6, 30),
                    ),
                ]
            )
            assert s.scalar(select(func.count(Partner.id))) == len(ids)
        services.notifier.notify("all")
