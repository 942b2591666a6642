"""Header recognition without configuration (English, French, Spanish)."""

from __future__ import annotations

import pandas as pd
import pytest

from trendlib.io._headers import (
    CANONICAL_COLUMNS,
    header_key,
    looks_like_country_lists,
    match_headers,
)

EXAMPLES = {
    "event_date": [
        "Date",
        "Date of detection",
        "Date de détection",
        "Fecha",
        "Fecha de detección",
        "Incident Date",
        "Date de l'interception",
        "DATE_OF_DETECTION",
        "dateOfDetection",
        "Date of interception (dd/mm/yyyy)",
        "Year",
    ],
    "nationality": [
        "Nationality",
        "Nationalité",
        "Nacionalidad",
        "Citizenship",
        "Victim nationality",
    ],
    "origin_country": [
        "Country of origin",
        "Pays d'origine",
        "País de origen",
        "Origin",
        "PAYS D ORIGINE",
    ],
    "destination_country": ["Destination country", "Pays de destination", "País de destino"],
    "detection_country": [
        "Country of detection",
        "Pays de détection",
        "País de detección",
        "Country of incident",
    ],
    "transit_countries": [
        "Countries transited",
        "Pays transités",
        "Países transitados",
        "Transit countries",
        "Pays de transit",
        "Países de tránsito",
    ],
    "route_label": ["Migration route", "Ruta", "Route"],
    "n_persons": [
        "Number of persons",
        "Nombre de personnes",
        "Número de personas",
        "Victims",
        "Victimes",
        "Víctimas",
        "Persons",
        "Migrants",
        "No. of victims",
    ],
    "n_suspects": [
        "Suspects",
        "Suspects arrêtés",
        "Sospechosos",
        "Facilitators",
        "Number of suspects",
    ],
    "crime_type": ["Crime type", "Type d'infraction", "Tipo de delito", "Offence"],
    "exploitation": ["Form of exploitation", "Forme d'exploitation", "Forma de explotación"],
    "gender": ["Sex", "Gender", "Sexe", "Sexo", "Genre", "Victim gender"],
    "age_group": ["CICLO VITAL", "Age group", "Âge", "Edad", "Tranche d'âge"],
    "transport_mode": ["Transport mode", "Moyen de transport", "Medio de transporte", "Mode"],
    "lat": ["Latitude", "Lat", "Latitud", "Latitude (WGS84)"],
    "lon": ["Longitude", "Long", "Lng", "Longitud"],
    "coordinates": ["Coordinates", "Coordonnées", "Coordenadas", "GPS"],
    "linked_offences": ["Linked offences", "Infractions liées", "Delitos conexos"],
    "source_ref": [
        "Case ID",
        "ID",
        "Référence",
        "Ref",
        "Référence du dossier",
        "Número de caso",
        "Expediente",
        "Main ID",
        "Record ID",
        "CaseID",
    ],
    "source": ["Source", "Agency", "Agence", "Organismo"],  # "Reporting country": below
    "suspect_names": ["Suspects' names", "Noms des suspects", "Nombres de los sospechosos"],
    "phones": ["Teléfonos", "Phone numbers", "Numéros de téléphone", "Suspect phone"],
    "documents": ["Passport numbers", "Numéros de document", "Pasaporte"],
    "vehicles": ["Plates", "Licence plates", "Matrícula"],
    "accounts": ["IBAN", "Bank accounts", "Cuentas bancarias"],
    "emails": ["E-mail", "Email", "Courriel", "Correo electrónico"],
    "indicator": ["Indicator", "Indicateur"],
    "breakdown": ["Breakdown", "Dimension"],
    "censored": ["Censored"],
}
CASES = [(header, canonical) for canonical, headers in EXAMPLES.items() for header in headers]


@pytest.mark.parametrize(("header", "canonical"), CASES)
def test_header_is_recognised(header: str, canonical: str) -> None:
    assert match_headers([header]).header_map == {header: canonical}


def test_every_canonical_name_matches_itself() -> None:
    match = match_headers(list(CANONICAL_COLUMNS))
    assert match.header_map == {c: c for c in CANONICAL_COLUMNS}


@pytest.mark.parametrize(
    "header",
    [
        "Date of birth",
        "Fecha de nacimiento",
        "Suspect nationality",
        "Nationalité du suspect",
        "Region of origin",
        "Notes",
        "Country",
        "Document fraud",
        "Age of suspect",
        "Number",
        "Nationality / age",
        "City of detection",
        "Date transited",
        "Location",
        "site_code",  # an agency's own code of its sites, not a country's
        "Exploiter nationality",  # as "Suspect nationality"
        "Établissement",  # a hotel's name
        "Bateaux repérés",  # boats seen: no count of persons
        "Casos vinculados",  # linked cases
        "Driver",  # a name, or a vehicle's driver: no count
        "Driver nationality",
        "Nacionalidad vinculados",
    ],
)
def test_unrelated_or_ambiguous_headers_are_left_alone(header: str) -> None:
    match = match_headers([header])
    assert match.header_map == {}
    assert match.unmapped == [header]


@pytest.mark.parametrize(
    "header",
    [
        "ID alerta",
        "Alert ID",
        "Nº alerta",
        "Nº notificación",
        "N° de signalement",
        "Nº comunicación",
        "N° DS",  # France's déclaration de soupçon (Tracfin)
        "folio_roi",  # Mexico's reporte de operaciones inusuales
        "SAR number",
        "No. de Acta",  # an inspection's minutes
    ],
)
def test_a_compliance_desks_alert_or_report_number_is_the_reference(header: str) -> None:
    assert match_headers([header]).header_map == {header: "source_ref"}


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        ("Alerta", None),
        ("Type of alert", None),
        ("Notification", None),
        ("Alert date", "event_date"),
    ],
)
def test_alert_words_without_a_number_are_no_reference(header: str, canonical: str | None) -> None:
    expected = {} if canonical is None else {header: canonical}
    assert match_headers([header]).header_map == expected


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        ("Latitud (lugar de detección)", "Longitud (lugar de detección)"),
        ("Latitude (place of detection)", "Longitude (place of detection)"),
        ("Latitude (commune)", "Longitude (commune)"),
        ("Latitud municipio", "Longitud municipio"),
    ],
)
def test_an_axis_of_a_named_place_is_the_axis(lat: str, lon: str) -> None:
    # a kind of place beside a latitude says which place's coordinates: not a blocker,
    # and not the detection country (as "Lugar de detección" alone would be)
    match = match_headers([lat, lon])
    assert match.header_map == {lat: "lat", lon: "lon"}


def test_an_axis_of_a_birthplace_stays_unread() -> None:
    # other blockers still hold: the latitude of a birthplace is not the event's
    match = match_headers(["Latitude naissance", "Lieu de naissance"])
    assert match.header_map == {}


def test_a_survey_forms_questions_name_the_countries() -> None:
    # a Google Forms response sheet: the questions are the headers
    headers = [
        "¿De qué país salieron?",
        "¿A qué país iban?",  # not an IBAN
        "¿En qué país los detuvieron o rescataron?",
        "Edades",
    ]
    assert match_headers(headers).header_map == {
        "¿De qué país salieron?": "origin_country",
        "¿A qué país iban?": "destination_country",
        "¿En qué país los detuvieron o rescataron?": "detection_country",
        "Edades": "age_group",
    }
    for header, canonical in [
        ("Which country did they leave from?", "origin_country"),
        ("Which country were they going to?", "destination_country"),
        ("In which country were they stopped?", "detection_country"),
        ("De quel pays sont-ils partis ?", "origin_country"),
        ("Vers quel pays allaient-ils ?", "destination_country"),
        ("Dans quel pays ont-ils été secourus ?", "detection_country"),
    ]:
        assert match_headers([header]).header_map == {header: canonical}
    # an IBAN is still an account, and a bare question word names nothing
    assert match_headers(["IBAN"]).header_map == {"IBAN": "accounts"}
    assert match_headers(["¿Qué país?"]).header_map == {}


def test_one_header_per_canonical_the_best_wins() -> None:
    match = match_headers(["Year", "Victim nationality", "Date of detection", "Nationality"])
    assert match.header_map == {"Date of detection": "event_date", "Nationality": "nationality"}
    assert match.unmapped == ["Year", "Victim nationality"]


def test_tie_keeps_the_leftmost_header() -> None:
    match = match_headers(["Main ID", "Incident ID"])
    assert match.header_map == {"Main ID": "source_ref"}


def test_suspects_accounts_holding_small_numbers_count_the_suspects() -> None:
    counts = pd.Series(["0", "1", "3", "2", "0", "1"])
    handles = pd.Series(["@abc", "@d", "@e", "@f", "@g", "@h"])
    assert match_headers(
        ["facilitator_accounts"], values={"facilitator_accounts": counts}
    ).header_map == {"facilitator_accounts": "n_suspects"}
    # account names are the accounts; a number of accounts without a suspect word too
    assert match_headers(["suspect_accounts"], values={"suspect_accounts": handles}).header_map == {
        "suspect_accounts": "accounts"
    }
    assert match_headers(["Accounts"], values={"Accounts": counts}).header_map == {
        "Accounts": "accounts"
    }
    # a suspects header wins; the accounts stay under their own header
    match = match_headers(
        ["facilitator_accounts", "No. Suspects"], values={"facilitator_accounts": counts}
    )
    assert match.header_map == {"No. Suspects": "n_suspects"}
    assert match.unmapped == ["facilitator_accounts"]


def test_route_holding_country_lists_is_transit() -> None:
    values = {"Route": pd.Series(["Libye > Italie", "LBY|MLT|ITA", "Niger, Libya"])}
    match = match_headers(["Route"], values=values)
    assert match.header_map == {"Route": "transit_countries"}


def test_route_names_stay_route_label() -> None:
    values = {
        "Route": pd.Series(
            ["Central Mediterranean", "Western Balkans", "US-Mexico border crossing"]
        )
    }
    assert match_headers(["Route"], values=values).header_map == {"Route": "route_label"}


def test_exclude_and_taken() -> None:
    match = match_headers(["Fecha", "Date"], exclude=["Fecha"], taken=["nationality"])
    assert match.header_map == {"Date": "event_date"}
    assert match.unmapped == []


def test_country_list_detector_on_empty_column() -> None:
    assert not looks_like_country_lists(pd.Series([None, None], dtype=object))


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        ("Cantidad de migrantes", "n_persons"),
        ("country_detect", "detection_country"),
        ("country_dest", "destination_country"),
        ("Medio", "transport_mode"),
        ("Nº de detenidos", "n_suspects"),
        ("Pays d'interpellation", "detection_country"),
        ("Country of arrest", "detection_country"),
        ("Lugar de detección (país)", "detection_country"),
    ],
)
def test_general_header_rules(header: str, canonical: str) -> None:
    assert match_headers([header]).header_map == {header: canonical}


def test_place_words_still_block_without_a_country_word() -> None:
    assert match_headers(["Lieu de naissance"]).header_map == {}


# --- keyword rules (kind + offence, suspects, persons, provenance) --------------------------


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        # a kind word ("tipo", "type", "nature", "qualification") + an offence word
        ("Tipo penal", "crime_type"),
        ("Tipología delictiva", "crime_type"),
        ("Qualification pénale", "crime_type"),
        ("Nature des faits", "crime_type"),
        ("Catégorie d'infraction", "crime_type"),
        ("Clase de delito", "crime_type"),
        ("Offence classification", "crime_type"),
        ("Type of case", "crime_type"),
        ("Infraction constatée", "crime_type"),
        ("Delito cometido", "crime_type"),
        # provenance words name the origin
        ("Procedencia", "origin_country"),
        ("Provenance", "origin_country"),
        ("Pays de provenance", "origin_country"),
        ("Country of provenance", "origin_country"),
        ("Lugar de procedencia", "origin_country"),
        ("Pays d'embarquement", "origin_country"),
        # suspects, perpetrators, detainees, mis en cause: counts of suspects
        ("Nombre d'auteurs", "n_suspects"),
        ("Nombre de mis en cause", "n_suspects"),
        ("Personnes mises en cause", "n_suspects"),
        ("Auteurs interpellés", "n_suspects"),
        ("Autores", "n_suspects"),
        ("Detenidos", "n_suspects"),
        ("Personas detenidas", "n_suspects"),
        ("Imputados", "n_suspects"),
        ("Indagados", "n_suspects"),  # Uruguay, Argentina
        ("Formalizados", "n_suspects"),  # Chile
        ("Nº Novedad SGSP", "source_ref"),  # Uruguay's police records system
        ("Carpeta fiscal N°", "source_ref"),
        ("CRN", "source_ref"),  # UK police: crime reference number
        ("Suspect Nominals", "n_suspects"),  # UK police "nominals"
        ("No. of Respondents", "n_suspects"),  # Philippine complaints: the accused
        ("ctzn_cntry", "nationality"),  # US federal systems' clipped words
        ("detection_cntry", "detection_country"),
        ("violation_cat", "crime_type"),
        ("geo_location", "coordinates"),
        ("Fait (libellé)", "crime_type"),  # Belgian local police
        ("Nb susp.", "n_suspects"),
        ("Connexes", "linked_offences"),
        ("Nro. Parte", "source_ref"),  # Ecuador's coast guard
        ("Presuntos infractores", "n_suspects"),
        ("Total Agraviados", "n_persons"),  # Mexican prosecutors
        ("Personas en el grupo", "n_persons"),
        ("Investigación Ministerial", "source_ref"),
        ("Delitos Concurrentes", "linked_offences"),
        ("País del suceso", "detection_country"),  # a press desk's incident log
        ("Hecho punible", "crime_type"),  # Paraguay's penal code
        ("Otros hechos punibles", "linked_offences"),
        ("Perpetrators", "n_suspects"),
        ("Number of offenders", "n_suspects"),
        ("Total arrested persons", "n_suspects"),
        ("Nº de autores", "n_suspects"),
        # victims and migrants with the words that qualify a count of them
        ("Victimes identifiées", "n_persons"),
        ("Nombre de victimes identifiées", "n_persons"),
        ("Personas migrantes", "n_persons"),
        ("Migrantes rescatados", "n_persons"),
        ("Identified victims", "n_persons"),
        ("Persons smuggled", "n_persons"),
        ("Nb pax", "n_persons"),
        # more transport, exploitation and offence headers
        ("Vecteur", "transport_mode"),
        ("Mode d'acheminement", "transport_mode"),
        ("Vía de entrada", "transport_mode"),
        ("Tipo de frontera", "transport_mode"),
        ("Finalidad", "exploitation"),
        ("Infracción", "crime_type"),
        ("Delito investigado", "crime_type"),
        # rescue, disembarkation, apprehension: event dates and the country of the event
        ("Date of rescue", "event_date"),
        ("Fecha de desembarco", "event_date"),
        ("Apprehension date", "event_date"),
        ("Country of rescue", "detection_country"),
        ("Pays de débarquement", "detection_country"),
        ("Country of apprehension", "detection_country"),
        ("Number of aliens", "n_persons"),  # US 8 U.S.C. wording
    ],
)
def test_keyword_rules(header: str, canonical: str) -> None:
    assert match_headers([header]).header_map == {header: canonical}


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        # Spanish "nombre" is a name, French "nombre" a count
        ("Nombre de sospechosos", "suspect_names"),
        ("Nombre de autores", "suspect_names"),
        ("Nombre del detenido", "suspect_names"),
        ("Nom du passeur", "suspect_names"),
        ("Nombre de suspects", "n_suspects"),
    ],
)
def test_nombre_is_a_name_in_spanish_and_a_count_in_french(header: str, canonical: str) -> None:
    assert match_headers([header]).header_map == {header: canonical}


@pytest.mark.parametrize(
    "header",
    [
        "Nombre de víctimas",  # Spanish: names of the victims, not a count
        "Nationalité des auteurs",  # the suspects' nationality, not a count
        "Age of perpetrators",
        "Sexo del detenido",
        "Victim ID",
    ],
)
def test_keyword_rules_leave_other_headers_alone(header: str) -> None:
    assert match_headers([header]).header_map == {}


@pytest.mark.parametrize(
    ("header", "column"),
    [
        # a kind + offence word, but about other offences: the linked offences
        ("Type of linked offence", "linked_offences"),
        ("Tipo de delito conexo", "linked_offences"),
        ("Other crime types", "linked_offences"),
        ("Links to other crime areas", "linked_offences"),
        ("Autres types d'infraction", "linked_offences"),
        # the kinds of crossing listed: the transport mode
        ("Modus (sea / land / air)", "transport_mode"),
        ("Mode (mer / terre / air)", "transport_mode"),
        ("Vía (marítima / terrestre / aérea)", "transport_mode"),
        ("Mode de passage", "transport_mode"),
        # GPS is a word of the coordinates, WGS84 a format note
        ("GPS (WGS84)", "coordinates"),
        ("Position", "coordinates"),
        ("Position GPS", "coordinates"),
        ("Latitude (GPS)", "lat"),
        # rule words are compared as headers are stemmed ("encountered" -> "encounter")
        ("Persons Encountered", "n_persons"),
        ("Migrants detected", "n_persons"),
        # suspects reported or investigated are counted like those arrested
        ("Facilitators arrested/reported", "n_suspects"),
        ("Suspects reported", "n_suspects"),
        # the offence with its legal basis is the crime type
        ("Offence (legal basis)", "crime_type"),
        # DDM / DMS / GMS are format notes of a position
        ("Position (DDM)", "coordinates"),
        ("Coordenadas (GMS)", "coordinates"),
        # the event's number in French and Spanish
        ("N° événement", "source_ref"),
        ("Nº de evento", "source_ref"),
        ("connectedCrimeAreas", "linked_offences"),
        # a header in two languages: the half trendlib reads names the column
        ("Qualification / Kwalificatie", "crime_type"),
        ("Majeur-Mineur / Meerderjarig-Minderjarig", "age_group"),
        ("Sexe | Geslacht", "gender"),
        # a remark in brackets (a source, a local word) is not part of the name
        ("Posición (según atestado)", "coordinates"),
        ("Nº de facilitadores (coyotes)", "n_suspects"),
        # two words in the other order; "long" beside a word of positions
        ("ID caso", "source_ref"),
        ("gps_long", "lon"),
        ("Phenomenon", "crime_type"),
        ("Qualification retenue", "crime_type"),
        # Guatemalan "sindicados" (the accused); where persons were located; WKT points
        ("Sindicados", "n_suspects"),
        ("País de localización", "detection_country"),
        ("location_wkt", "coordinates"),
        ("Mode of Movement", "transport_mode"),
        # the country of the police procedure, as its date names the event
        ("País del procedimiento", "detection_country"),
        ("Fecha del procedimiento", "event_date"),
        # database fields: "dt" for a date, "from" / "to" countries, a route "via"
        ("incident_dt", "event_date"),
        ("country_from", "origin_country"),
        ("country_to", "destination_country"),
        ("route_via", "transit_countries"),
        ("Tipificación", "crime_type"),
        ("Personas a bordo", "n_persons"),
        ("Medio empleado", "transport_mode"),
        ("Código caso", "source_ref"),
        # a regulators' exchange's notice, Panama's suspicious-operation report (blind366)
        ("notice_id", "source_ref"),
        ("No. ROS", "source_ref"),
        # the id of the record's own noun: a Spanish incident platform's "id_incidencia"
        # (blind382), "ID événement", "id_signalement", "Nº incidencia"
        ("id_incidencia", "source_ref"),
        ("ID événement", "source_ref"),
        ("id_signalement", "source_ref"),
        ("Nº incidencia", "source_ref"),
    ],
)
def test_word_families_name_their_column(header: str, column: str) -> None:
    assert match_headers([header]).header_map == {header: column}


@pytest.mark.parametrize("header", ["Incidencia", "Evento", "Registro", "Signalement"])
def test_a_record_noun_alone_is_no_reference(header: str) -> None:
    # "Incidencia" may hold the incident's kind; only its id or number is the reference
    assert match_headers([header]).header_map.get(header) != "source_ref"


@pytest.mark.parametrize(
    "header",
    ["Persons rescued at sea", "Modus operandi", "Sea", "Crime area"],
)
def test_word_families_leave_near_misses_alone(header: str) -> None:
    assert match_headers([header]).header_map.get(header) not in {
        "transport_mode",
        "linked_offences",
        "n_suspects",
    }


def test_keyword_rules_do_not_take_over_other_columns() -> None:
    headers = ["Tipo de explotación", "Tipo de transporte", "Infractions connexes", "Type"]
    assert match_headers(headers).header_map == {
        "Tipo de explotación": "exploitation",
        "Tipo de transporte": "transport_mode",
        "Infractions connexes": "linked_offences",
    }


def test_country_header_beats_place_of_origin() -> None:
    match = match_headers(["Lugar de origen", "País de origen"])
    assert match.header_map == {"País de origen": "origin_country"}


# --- families of wording read in many agencies' exports ---------------------------------


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        # "country / place of <event>": every event word of the date synonyms
        ("Pays de constatation", "detection_country"),
        ("Encounter Country", "detection_country"),
        ("Country of encounter", "detection_country"),
        ("País de aprehensión", "detection_country"),
        ("PAIS DE INTERCEPCION", "detection_country"),
        ("País del hecho", "detection_country"),
        ("Pays des faits", "detection_country"),
        ("Country of interdiction", "detection_country"),
        ("Lieu de constatation", "detection_country"),
        ("Lugar de aprehensión", "detection_country"),
        ("Encounter location", "detection_country"),
        ("Detected in", "detection_country"),
        ("Interceptado en", "detection_country"),
        # dates of those events
        ("Date de constatation", "event_date"),
        ("Encounter Date", "event_date"),
        ("FECHA DE APREHENSION", "event_date"),
        ("Fecha del hecho", "event_date"),
        ("Fecha de captura", "event_date"),
        # suspects: arrests, captures, charges
        ("Suspects Arrested", "n_suspects"),
        ("Nb mis en cause", "n_suspects"),
        ("Interpellés", "n_suspects"),
        ("Capturados", "n_suspects"),
        ("Número de capturas", "n_suspects"),
        ("Persons charged", "n_suspects"),
        ("Suspects apprehended", "n_suspects"),
        # persons
        ("No. of Individuals", "n_persons"),
        ("Migrants interceptés", "n_persons"),
        ("Encounters", "n_persons"),
        ("Aliens apprehended", "n_persons"),
        # a way word + a journey word
        ("VIA DE INGRESO", "transport_mode"),
        ("Mode de déplacement", "transport_mode"),
        ("Method of entry", "transport_mode"),
        ("Travel mode", "transport_mode"),
        # route wording
        ("Pays traversés", "transit_countries"),
        ("Países de paso", "transit_countries"),
        ("Countries crossed", "transit_countries"),
        # both age classes named
        ("Majeur / Mineur", "age_group"),
        ("Adult/Child", "age_group"),
        ("Mayor o menor de edad", "age_group"),
        ("Maj./Min.", "age_group"),  # abbreviated on forms
        ("People affected (#)", "n_persons"),  # humanitarian reports
        ("No. of foreigners", "n_persons"),
        ("Nb étrangers", "n_persons"),
        ("Legal qualification", "crime_type"),
        ("POB", "n_persons"),  # persons on board
        ("Organizadores detenidos", "n_suspects"),
        ("Organisateurs interpellés", "n_suspects"),
        ("Source Country", "origin_country"),  # source, transit, destination countries
        ("persons_interdicted", "n_persons"),  # coast guards
        ("Suspected facilitators/skippers", "n_suspects"),
        ("Facilitators ID'd", "n_suspects"),  # identified
        ("Adult/Juv", "age_group"),
        ("May./Men.", "age_group"),
        # the kind of trafficking is the form of exploitation
        ("Trafficking Type", "exploitation"),
        ("Forme de traite", "exploitation"),
        ("Finalidad de la trata", "exploitation"),
        # a link word + an offence word; US spelling
        ("Related Offenses", "linked_offences"),
        ("Delitos asociados", "linked_offences"),
        ("Infractions annexes", "linked_offences"),
        ("Offense Type", "crime_type"),
        # police procedure numbers; "<synonym> number"
        ("N° de procédure", "source_ref"),
        ("Nº Atestado", "source_ref"),
        ("Reference number", "source_ref"),
        ("Crime reference number", "source_ref"),
    ],
)
def test_header_families(header: str, canonical: str) -> None:
    assert match_headers([header]).header_map == {header: canonical}


@pytest.mark.parametrize(
    "header",
    [
        "Ville de constatation",  # a town, not where in the world
        "Provincia de aprehensión",
        "Region of interception",
        "Lieu de constatation (ville)",
        "Detection",  # no preposition: not "detected in"
        "Type of entry",  # no way word: regular / irregular, not a transport mode
        "Pays d'entrée",
        "Point d'entrée",
        "Date de naissance",
        "Nationalité des interpellés",  # the suspects' nationality
        "Mineurs",  # a count of minors, not the age group
    ],
)
def test_header_families_leave_other_headers_alone(header: str) -> None:
    assert match_headers([header]).header_map == {}


def test_country_of_event_beats_place_of_event() -> None:
    headers = ["Lieu de constatation", "Pays de constatation"]
    assert match_headers(headers).header_map == {"Pays de constatation": "detection_country"}
    headers = ["Encounter location", "Encounter Country"]
    assert match_headers(headers).header_map == {"Encounter Country": "detection_country"}


def test_event_date_beats_an_administrative_date() -> None:
    headers = ["Date of report", "Encounter Date"]
    assert match_headers(headers).header_map == {"Encounter Date": "event_date"}
    # alone, a report date is still the best date the file has
    assert match_headers(["Date of report"]).header_map == {"Date of report": "event_date"}


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # alone, people apprehended are the persons (US CBP "apprehensions")
        (["APREHENDIDOS"], {"APREHENDIDOS": "n_persons"}),
        (["Apprehensions"], {"Apprehensions": "n_persons"}),
        # beside a column of persons, they are the suspects (Panama: SENAFRONT)
        (
            ["CANTIDAD DE PERSONAS", "APREHENDIDOS"],
            {"CANTIDAD DE PERSONAS": "n_persons", "APREHENDIDOS": "n_suspects"},
        ),
        (
            ["Personas aprehendidas", "Número de migrantes"],
            {"Personas aprehendidas": "n_suspects", "Número de migrantes": "n_persons"},
        ),
        # beside both, a clear suspects column keeps the suspects
        (
            ["Aprehendidos", "Migrantes", "Detenidos"],
            {"Migrantes": "n_persons", "Detenidos": "n_suspects"},
        ),
    ],
)
def test_apprehended_means_suspects_beside_a_persons_column(
    headers: list[str], expected: dict[str, str]
) -> None:
    assert match_headers(headers).header_map == expected


def test_a_bare_quantity_is_the_count_of_persons_unless_a_header_names_them() -> None:
    # Colombia's police statistics (SIEDCO): "CANTIDAD" beside "CAPTURADOS"
    match = match_headers(["CANTIDAD", "CAPTURADOS"])
    assert match.header_map == {"CANTIDAD": "n_persons", "CAPTURADOS": "n_suspects"}
    named = match_headers(["Cantidad", "Número de personas"])
    assert named.header_map == {"Número de personas": "n_persons"}
    assert match_headers(["Cantidad de droga (kg)"]).header_map == {}


def test_a_province_gives_way_to_a_country_header() -> None:
    match = match_headers(["Provincia", "País del hecho"])
    assert match.header_map == {"País del hecho": "detection_country"}
    # a coarse place does not push a country of arrival to the destination
    for place in ("Provincia", "Isla"):
        landed = match_headers([place, "Pays de débarquement"]).header_map
        assert landed == {"Pays de débarquement": "detection_country"}
    assert match_headers(["Provincia de origen"]).header_map == {}


def test_the_number_of_a_fact_is_no_crime_type() -> None:
    # a railway police log: "N° fait" (the fact's number) beside "Qualification"
    match = match_headers(["N° fait", "Qualification"])
    assert match.header_map == {"Qualification": "crime_type"}
    assert match_headers(["Nature du fait"]).header_map == {"Nature du fait": "crime_type"}


def test_a_hotlines_tip_category_gives_way_to_an_exploitation_header() -> None:
    # a drivers' hotline: "tipCategory" (the tip's crime) beside "exploitationType"
    match = match_headers(["tipCategory", "exploitationType"])
    assert match.header_map == {"exploitationType": "exploitation"}
    # alone, a US "TIP category" is the trafficking-in-persons form
    assert match_headers(["TIP category"]).header_map == {"TIP category": "exploitation"}
    # "Group" alone is no count
    assert match_headers(["Group"]).header_map == {}


def test_apprehended_beside_a_mapped_persons_column() -> None:
    match = match_headers(["Aprehendidos"], taken=["n_persons"])
    assert match.header_map == {"Aprehendidos": "n_suspects"}


# --- where the event happened, alleged perpetrators, references of someone ------------


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        # a country word + (where) + a participle of the event
        ("País donde se detectó", "detection_country"),
        ("Pais donde fueron interceptados", "detection_country"),
        ("Pays où les faits ont été constatés", "detection_country"),
        ("Pays où constaté", "detection_country"),
        ("Country where detected", "detection_country"),
        ("Country where the migrants were intercepted", "detection_country"),
        ("Country where apprehended", "detection_country"),
        # a place (maybe a town): coarse, still the detection country when alone
        ("Lugar donde fue interceptado", "detection_country"),
        ("Where intercepted", "detection_country"),
        # alleged perpetrators
        ("Presuntos responsables", "n_suspects"),
        ("Probables responsables", "n_suspects"),  # Mexican procedure's word
        ("Pays du constat", "detection_country"),  # the police finding ("Date du constat")
        ("Pays de constat", "detection_country"),
        ("Presuntos tratantes", "n_suspects"),
        ("Presuntos traficantes", "n_suspects"),
        ("Auteurs présumés", "n_suspects"),
        ("Mis en cause", "n_suspects"),
        ("Alleged perpetrators", "n_suspects"),
        ("Alleged offenders", "n_suspects"),
        ("Suspected facilitators", "n_suspects"),
        # file references
        ("Radicado", "source_ref"),
        ("No. radicado", "source_ref"),
        ("Número de radicado", "source_ref"),
        ("Expediente", "source_ref"),
        ("Nº expediente", "source_ref"),
        ("Dossier", "source_ref"),
        ("Liaison ref", "source_ref"),
        ("Europol ref.", "source_ref"),
        ("File ref", "source_ref"),
        ("Our ref", "source_ref"),
        ("Réf. interne", "source_ref"),
        ("Nbre migrants/victimes", "n_persons"),  # clipped "nombre"
        ("Cant. sospechosos", "n_suspects"),  # clipped "cantidad"
        ("Crime area", "crime_type"),  # Interpol / Europol wording
        ("QUALIFICATION", "crime_type"),  # the legal qualification of the facts
        ("FACILITATORS_DETAINED", "n_suspects"),
        ("Associated Offending", "linked_offences"),
        ("N° Informe Policial", "source_ref"),
        ("País de intervención", "detection_country"),  # a police intervention
        ("incident_ref", "source_ref"),  # the record's own noun: the row's id
        ("Event reference", "source_ref"),
        ("Report ref", "source_ref"),
        ("gps_position", "coordinates"),
        ("Posición GPS", "coordinates"),
        ("Lat/Lng", "coordinates"),
    ],
)
def test_where_alleged_and_reference_families(header: str, canonical: str) -> None:
    assert match_headers([header]).header_map == {header: canonical}


@pytest.mark.parametrize(
    "header",
    [
        "Ville où constaté",  # a city, not a country
        "Probable cause",  # not a person
        "Persons detained",  # detained migrants are not suspects
        "Ciudad donde se detectó",
        "Lieu où constaté (ville)",
        "Responsable",  # the officer in charge, not an alleged perpetrator
        "Responsable du dossier",
        "Agent responsable",
        "Country ref",  # about a country, not the file's id
        "Victim ref",
        "Route reference",
    ],
)
def test_where_alleged_and_reference_leave_other_headers_alone(header: str) -> None:
    assert match_headers([header]).header_map == {}


def test_headers_next_to_the_where_and_reference_families() -> None:
    # "Date ref" is a date; a country of origin observed is the origin
    assert match_headers(["Date ref"]).header_map == {"Date ref": "event_date"}
    assert match_headers(["Pays d'origine constaté"]).header_map == {
        "Pays d'origine constaté": "origin_country"
    }
    # the country beats the place where it happened
    headers = ["Lugar donde fue interceptado", "País donde se detectó"]
    assert match_headers(headers).header_map == {"País donde se detectó": "detection_country"}
    # a column's own reference word beats a "<someone> ref"
    headers = ["Liaison ref", "N° de procédure"]
    assert match_headers(headers).header_map == {"N° de procédure": "source_ref"}


def test_halves_naming_two_columns_are_left_alone() -> None:
    assert match_headers(["Nationality / age"]).header_map == {}
    # a whole header naming the column wins over a header in two languages
    headers = ["Qualification / Kwalificatie", "Qualification"]
    assert match_headers(headers).header_map == {"Qualification": "crime_type"}


def test_country_of_registration_loses_to_the_country_of_detection() -> None:
    # where a case was recorded is where it was met, unless a header says where
    assert match_headers(["País de registro"]).header_map == {
        "País de registro": "detection_country"
    }
    both = match_headers(["País de registro", "País de detección"]).header_map
    assert both == {"País de detección": "detection_country"}


# --- session 6 families (blind29 / blind30) ----------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # survey-tool field paths: the last part names the column
        ("grp_people/total_individuals", "n_persons"),
        ("grp_people/facilitators_identified", "n_suspects"),
        ("grp_route/means_of_travel", "transport_mode"),
        ("section_b/nationality", "nationality"),
        ("location/gps", "coordinates"),
        # Spanish inclusive endings
        ("Detenidos/as", "n_suspects"),
        ("Detenido/a", "n_suspects"),
        ("Detenidos(as)", "n_suspects"),
        ("Detenid@s", "n_suspects"),
        ("Nº de detenidos/as", "n_suspects"),
        # "#" is "number"; "Add'l" is "additional"
        ("Incident #", "source_ref"),
        ("Case #", "source_ref"),
        ("# of persons", "n_persons"),
        ("Add'l Charges", "linked_offences"),
        ("Addl. offences", "linked_offences"),
        # abbreviations of trafficking: the kind of trafficking is the exploitation
        ("HT Type", "exploitation"),
        ("THB form", "exploitation"),
        ("Forme TEH", "exploitation"),
        # how the persons were moved
        ("Medio de movilización", "transport_mode"),
        ("Mode de mobilité", "transport_mode"),
        # the kind of incident a log records is its crime
        ("Incident type", "crime_type"),
        ("Type d'incident", "crime_type"),
        ("Tipo de incidente", "crime_type"),
        # clipped persons, French police "MEC", a State as a country
        ("Nb pers.", "n_persons"),
        ("Nb MEC", "n_suspects"),
        ("State of detection", "detection_country"),
        ("Transit states", "transit_countries"),
        ("State of origin", "origin_country"),
        # arriving: where the persons were met
        ("País de llegada", "detection_country"),
        ("Country of arrival", "detection_country"),
        ("Pays de débarquement", "detection_country"),
    ],
)
def test_session6_header_families(header: str, expected: str) -> None:
    assert match_headers([header]).header_map == {header: expected}


@pytest.mark.parametrize(
    "header",
    [
        "grp_people/notes",  # a path whose parts name nothing
        "grp_meta/start",
        "Hombres/Mujeres",  # two words, not an inclusive ending
        "Add. line 1",  # "Add." may be an address
        "HT",  # an abbreviation alone names nothing
        "State",  # a State alone may be a US state
        "Incident",
        "Lieu d'arrivée",  # a place of arrival may be a town
    ],
)
def test_session6_families_leave_other_headers_alone(header: str) -> None:
    assert match_headers([header]).header_map == {}


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        # a construction fund's or a labour inspection's counts of workers and culprits
        ("Nº trabajadores afectados", "n_persons"),
        ("Number of workers affected", "n_persons"),
        ("Nb de travailleurs concernés", "n_persons"),
        ("Nº responsables identificados", "n_suspects"),
        ("Migrantes asociados", "n_persons"),  # a compliance desk's report (ROS)
        ("Personas involucradas", "n_persons"),  # a dating app's report
        # a social audit's finding: the workers affected, the go-betweens involved
        ("Workers affected", "n_persons"),
        ("workers_affected", "n_persons"),
        ("Trabajadores afectados", "n_persons"),
        ("Labour agents / recruiters involved", "n_suspects"),
        ("agents_involved", "n_suspects"),
        ("Nb intermédiaires impliqués", "n_suspects"),
        ("Intermediarios implicados", "n_suspects"),
        # a ride-share platform's report: passengers carried, drivers involved
        ("Personas transportadas", "n_persons"),
        ("Personnes transportées", "n_persons"),
        ("Conductores involucrados", "n_suspects"),
        ("Drivers involved", "n_suspects"),
        ("Responsables identificados", "n_suspects"),
    ],
)
def test_workers_and_responsibles_counted(header: str, canonical: str) -> None:
    assert match_headers([header]).header_map == {header: canonical}


@pytest.mark.parametrize(
    "header",
    [
        "Workers",
        "Responsable",
        "Responsable du dossier",
        "Nombre del trabajador",
        "Agent",  # an officer
        "Agent traitant",
        "Recruiter",
    ],
)
def test_workers_and_responsibles_uncounted_stay_unread(header: str) -> None:
    assert match_headers([header]).header_map == {}


def test_a_count_of_suspects_accounts_is_the_suspects() -> None:
    values = {
        "nb_comptes_suspects": pd.Series(["0", "1", "2", "0", "1", "3"]),
        "nb_victimes": pd.Series(["4", "5", "6", "7", "8", "9"]),
    }
    both = match_headers(list(values), values=values)
    assert both.header_map == {"nb_comptes_suspects": "n_suspects", "nb_victimes": "n_persons"}
    handles = {"nb_comptes_suspects": pd.Series(["@a", "@b", "@c", "@d", "@e", "@f"])}
    assert match_headers(list(handles), values=handles).header_map == {}


@pytest.mark.parametrize(
    "header",
    # a dating app's trust-and-safety exports: the suspects' accounts, counted
    ["Nb comptes mis en cause", "Cuentas sospechosas", "subject_accounts_count"],
)
def test_suspects_accounts_counted_in_other_words_are_the_suspects(header: str) -> None:
    counts = {header: pd.Series(["0", "1", "2", "1", "0", "3"])}
    assert match_headers([header], values=counts).header_map == {header: "n_suspects"}
    # the accounts themselves (numbers, handles) stay what they are
    ids = {header: pd.Series(["ES91 2100 0418", "@b", "@c", "@d", "@e", "@f"])}
    assert match_headers([header], values=ids).header_map.get(header) != "n_suspects"


@pytest.mark.parametrize("header", ["Cuentas bancarias", "Victim accounts", "Comptes"])
def test_accounts_of_no_suspect_stay_accounts_when_counted(header: str) -> None:
    counts = {header: pd.Series(["0", "1", "2", "1", "0", "3"])}
    assert match_headers([header], values=counts).header_map.get(header) != "n_suspects"


def test_nation_is_the_nationality_only_without_a_nationality_header() -> None:
    assert match_headers(["Nation"]).header_map == {"Nation": "nationality"}
    # beside "Nationality (as stated)" it is the UK nation of the event, left to the cleaner
    both = match_headers(["Nationality (as stated)", "Nation"])
    assert both.header_map == {"Nationality (as stated)": "nationality"}
    assert both.unmapped == ["Nation"]


def test_arrival_country_is_the_destination_beside_a_detection_header() -> None:
    both = match_headers(["País de detección", "País de llegada"]).header_map
    assert both == {
        "País de detección": "detection_country",
        "País de llegada": "destination_country",
    }
    # beside a destination header it stays where the persons were met
    with_dest = match_headers(["Destino", "País de llegada"]).header_map
    assert with_dest == {"Destino": "destination_country", "País de llegada": "detection_country"}


def test_inclusive_endings_fold_to_the_masculine_form_only() -> None:
    assert header_key("Detenid@s") == "detenidos"
    assert header_key("Trabajadores/as") == "trabajadores"
    assert header_key("Hombres/Mujeres") == "hombres mujeres"
    assert header_key("e-mail@contact") == "e mail contact"  # an address, not an ending


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Zone d'intervention", "detection_country"),  # the area of a rescue: coarse
        ("Zona de interceptación", "detection_country"),
        ("Itinéraire déclaré", "route_label"),  # what the persons declared
        ("Destino declarado", "destination_country"),
        ("Transportation", "transport_mode"),
        ("Co-occurring Crimes", "linked_offences"),
        ("Co-ordinates", "coordinates"),
        ("Nº penados", "n_suspects"),  # a registry counts the persons convicted
        ("Convicted persons", "n_suspects"),
        ("Nb condamnés", "n_suspects"),
    ],
)
def test_session6_second_round_families(header: str, expected: str) -> None:
    assert match_headers([header]).header_map == {header: expected}


def test_a_zone_loses_to_a_country_header() -> None:
    headers = ["Zone d'intervention", "Pays d'intervention"]
    assert match_headers(headers).header_map == {"Pays d'intervention": "detection_country"}
    assert match_headers(["Zone", "Time zone", "Declared"]).header_map == {}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("num_subjects", "n_suspects"),  # US investigators' subjects, counted
        ("No. of subjects", "n_suspects"),
        ("Subjects arrested", "n_suspects"),
        ("Préventions connexes", "linked_offences"),  # Belgian "prévention": the charge
        ("URN", "source_ref"),
    ],
)
def test_session6_third_round_families(header: str, expected: str) -> None:
    assert match_headers([header]).header_map == {header: expected}


def test_field_names_cut_at_ten_characters_as_shapefiles_cut_them() -> None:
    match = match_headers(["DATE_OBS", "NATIONALIT", "PAYS_DETEC", "EXPLOITAT", "DESTINATIO"])
    assert match.header_map == {
        "DATE_OBS": "event_date",
        "NATIONALIT": "nationality",
        "PAYS_DETEC": "detection_country",
        "EXPLOITAT": "exploitation",
        "DESTINATIO": "destination_country",
    }
    # beside a country word, the cut word names a country column: transit, not transport
    assert match_headers(["PAYS_TRANS"]).header_map == {"PAYS_TRANS": "transit_countries"}
    # a cut word that begins words of two columns ("trans": transit or transport), a
    # name longer than ten characters, and cut words that name nothing are left alone
    assert match_headers(["MODE_TRANS", "OBSERVATIO", "NATIONALITX"]).header_map == {}


def test_a_survey_group_path_lends_its_group_words_to_no_field() -> None:
    # KoboToolbox keeps each field's group ("grupo_personas"): the persons' group names
    # the persons' count, not their nationality or sex
    headers = [
        "grupo_personas/nacionalidad",
        "grupo_personas/sexo",
        "grupo_personas/total_personas",
        "grupo_ruta/pais_origen",
    ]
    assert match_headers(headers).header_map == {
        "grupo_personas/nacionalidad": "nationality",
        "grupo_personas/sexo": "gender",
        "grupo_personas/total_personas": "n_persons",
        "grupo_ruta/pais_origen": "origin_country",
    }


def test_a_vehicle_type_gives_way_to_a_mode_header() -> None:
    # a car-rental desk: "Vehicle type" holds "Ford Transit 350", "Mode" the mode
    assert match_headers(["Vehicle type", "Mode"]).header_map == {"Mode": "transport_mode"}
    assert match_headers(["Vehicle type"]).header_map == {"Vehicle type": "transport_mode"}


def test_a_subject_alone_is_no_count() -> None:
    assert match_headers(["Subject", "Subject line"]).header_map == {}


def test_subjects_holding_small_numbers_count_the_suspects() -> None:
    # an investigator's log: "Subjects" 0, 1, 2... (the subjects of the case)
    counts = pd.Series(["3", "0", "1", "2", "0", "NONE", "1", "2", "1", "0"])
    assert match_headers(["Subjects"], values={"Subjects": counts}).header_map == {
        "Subjects": "n_suspects"
    }
    lines = pd.Series(["Re: case 12", "Fwd: boat", "report", "alert", "note"])
    assert match_headers(["Subject"], values={"Subject": lines}).header_map == {}
    # beside a header naming the suspects (and none the persons), the subjects are the
    # persons: a fraud desk's "subjects_count" beside its "facilitators_count"
    both = match_headers(["Subjects", "No. Suspects"], values={"Subjects": counts})
    assert both.header_map == {"Subjects": "n_persons", "No. Suspects": "n_suspects"}
    # and beside both, they are left under their own header
    three = match_headers(["Subjects", "No. Suspects", "No. persons"], values={"Subjects": counts})
    assert three.unmapped == ["Subjects"]
    fraud = match_headers(
        ["subjects_count", "facilitators_count"], values={"subjects_count": counts}
    )
    assert fraud.header_map == {"subjects_count": "n_persons", "facilitators_count": "n_suspects"}
    spanish = match_headers(["num_sujetos"], values={"num_sujetos": counts})
    assert spanish.header_map == {"num_sujetos": "n_suspects"}
    # a third of the cells a count's words: still counts; a third names: not
    worded = pd.Series(["1", "0", "NINGUNO", "2", "S/D", "1", "NINGUNO", "3", "0"])
    assert match_headers(["Subjects"], values={"Subjects": worded}).header_map == {
        "Subjects": "n_suspects"
    }
    named = pd.Series(["1", "0", "Ali", "2", "Omar", "1", "Juan", "3", "Lee", "Ana"])
    assert match_headers(["Subjects"], values={"Subjects": named}).header_map == {}


def test_a_half_with_its_own_remark_names_the_column() -> None:
    header = "Nº presuntos patrones / tratantes (dato policial)"
    assert match_headers([header]).header_map == {header: "n_suspects"}
    # a boat's "patrón" alone may be an employer: not a count of suspects
    assert match_headers(["Patrón"]).header_map == {}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("País actuación", "detection_country"),  # an inspector's "actuación" found it
        ("place_country", "detection_country"),  # the country of the place
        ("Country of place", "detection_country"),
        ("Pays de repérage", "detection_country"),  # an outreach team's spotting
        ("Coord. GPS (WGS84)", "coordinates"),
        ("reporting_country", "detection_country"),  # who reports is where they met it
        ("Pays déclarant", "detection_country"),
    ],
)
def test_session6_last_round_families(header: str, expected: str) -> None:
    assert match_headers([header]).header_map == {header: expected}


def test_a_reporting_country_is_the_source_beside_a_detection_header() -> None:
    headers = ["reporting_country", "Country of detection"]
    assert match_headers(headers).header_map == {
        "reporting_country": "source",
        "Country of detection": "detection_country",
    }
    # a place of birth is not where it happened: the persons' origin
    birth = match_headers(["Place of birth country"]).header_map
    assert birth == {"Place of birth country": "origin_country"}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Long, deg E", "lon"),  # "long" with a unit or hemisphere is a longitude
        ("Long (deg W)", "lon"),
        ("Long. E", "lon"),
        ("Criminal Law art.", "crime_type"),  # the article of a law the facts fall under
        ("Penal Code art.", "crime_type"),
        ("Criminal Code section", "crime_type"),
        ("Art. CP", "crime_type"),
        ("Artículo Código Penal", "crime_type"),
        ("Legal basis", "crime_type"),
        ("Base légale", "crime_type"),
        ("Related offences (CL art.)", "linked_offences"),
        ("Persons registered", "n_persons"),  # a reception service's registrations
        ("Personas registradas", "n_persons"),
        ("USAO No.", "source_ref"),  # an agency's acronym and "No.": its case number
        ("NCA #", "source_ref"),
        ("Lead Charge", "crime_type"),  # US prosecutors: the offence charged
        ("Charge", "crime_type"),
        ("No. of Defts", "n_suspects"),  # defendants, as US court records clip the word
        ("offence_act_section", "crime_type"),  # the act and section charged
        ("N° parquet", "source_ref"),  # a French prosecutor's number for the case
        ("Persons detained/identified, pax", "n_persons"),  # a border guard's migrants
        ("Br. KP / Complaint No.", "source_ref"),  # the criminal complaint's number
        ("Αριθμός αλλοδαπών / No. of TCNs", "n_persons"),  # EU third-country nationals
        ("Last known position", "coordinates"),  # a rescue line's last fix of a boat
        ("evento/tipologia", "crime_type"),
        ("PRIMARY VIOLATION", "crime_type"),  # US: the statute violated
        ("TIP CATEGORY", "exploitation"),  # US: the trafficking-in-persons category
        ("EVENT CTRY", "detection_country"),
        ("N° de registro", "source_ref"),
    ],
)
def test_session7_families(header: str, expected: str) -> None:
    assert match_headers([header]).header_map == {header: expected}


def test_long_and_articles_alone_name_no_column() -> None:
    headers = ["Long-term", "Long stay", "Long distance (km)", "Article", "Law", "Code", "Cargo"]
    headers += ["Tip received", "Tipología de vehículo", "Country"]
    assert match_headers(headers).header_map == {}


def test_a_legal_basis_is_the_crime_unless_another_header_names_it() -> None:
    # reversed in session 7 (blind40's "Criminal Law art."): a file whose only crime
    # column is the legal provision writes the crime there
    assert match_headers(["Offence", "Legal basis"]).header_map == {"Offence": "crime_type"}
    assert match_headers(["Penal Code art.", "Type of crime"]).header_map == {
        "Type of crime": "crime_type"
    }


def test_persons_detained_alone_are_not_read() -> None:
    # detained alone may be the migrants or the suspects; "Personas detenidas" stays suspects
    assert match_headers(["Persons detained"]).header_map == {}
    assert match_headers(["Personas detenidas"]).header_map == {"Personas detenidas": "n_suspects"}


def test_an_agency_number_is_not_a_column_word_with_a_number() -> None:
    # "Boat No." and "Phone No." are not the case's number
    found = match_headers(["Boat No.", "Phone No.", "Persons charged"]).header_map
    assert "source_ref" not in found.values()
    assert found["Persons charged"] == "n_suspects"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Delikt/offence (§)", "crime_type"),  # halves joined by a slash without spaces
        ("Anzahl Geschleuste-Opfer/persons", "n_persons"),
        ("Anzahl TV/suspects", "n_suspects"),
        ("Feststellungsstaat/detected in", "detection_country"),
    ],
)
def test_tight_halves_are_tried_last(header: str, expected: str) -> None:
    assert match_headers([header]).header_map == {header: expected}


def test_tight_halves_that_name_nothing_or_two_columns_are_left_alone() -> None:
    assert match_headers(["Foo/bar", "Sexe/âge (cat.)"]).header_map == {}


def test_where_it_is_detected_in_the_present_tense() -> None:
    assert match_headers(["País donde se detecta"]).header_map == {
        "País donde se detecta": "detection_country"
    }


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Bujur (Long)", "lon"),  # Indonesian header, English gloss in brackets
        ("Lintang (Lat)", "lat"),
        ("Kuupäev (Date)", "event_date"),
    ],
)
def test_a_gloss_in_brackets_names_the_column(header: str, expected: str) -> None:
    assert match_headers([header]).header_map == {header: expected}


def test_a_remark_on_free_text_is_no_gloss() -> None:
    assert match_headers(["Notes (long)", "Comments (Long)", "Foo (bar)"]).header_map == {}


def test_an_offence_and_exploitation_column_is_the_crime_type() -> None:
    header = "Offence / exploitation (CC RA)"
    assert match_headers([header]).header_map == {header: "crime_type"}
    # beside a crime type column it is the form of exploitation
    assert match_headers([header, "Crime type"]).header_map == {
        header: "exploitation",
        "Crime type": "crime_type",
    }
    assert match_headers(["Form of exploitation"]).header_map == {
        "Form of exploitation": "exploitation"
    }


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Locus delicti", "detection_country"),
        ("locus_country", "detection_country"),  # a police message digest
        ("admin0_pcode", "detection_country"),  # a KoBo survey's country (OCHA's level 0)
        ("num_presuntos", "n_suspects"),  # a press observatory: the alleged offenders
        ("Facilitators named", "n_suspects"),  # a detainee's account
        ("accused_agents", "n_suspects"),  # Punjab: the "agents" are the smugglers
        ("País donde se identificó", "detection_country"),  # a Kobo protection survey
        ("Provincia", "detection_country"),  # a national office: the province, read
        ("Disembarked", "detection_country"),  # a spotter plane's "Lampedusa, Italy"
        ("Commune / lieu", "detection_country"),  # a prefecture: "Gravelines (59)"
        ("cifra_personas", "n_persons"),  # a news wire: the figure of persons
        ("personsOfInterest", "n_suspects"),  # an integrity unit's persons of interest
        ("Nb agents / intermédiaires", "n_suspects"),  # a sports NGO: the fake agents
        ("Arrested as smugglers", "n_suspects"),
        ("# in Group", "n_persons"),  # a detention screening log
        ("No. in group", "n_persons"),
        ("Country of Birth", "origin_country"),
        ("Pays de naissance", "origin_country"),  # not where the event was
        ("ADM0_NAME", "detection_country"),
        ("Demographic", "age_group"),  # US CBP: single adults, family units, UC
        ("Associated Violations", "linked_offences"),
        ("Additional charges", "linked_offences"),
        ("co_offenses", "linked_offences"),
    ],
)
def test_session8_headers(header: str, expected: str) -> None:
    assert match_headers([header]).header_map == {header: expected}


def test_the_reporting_member_state_is_where_the_case_was_met() -> None:
    assert match_headers(["Reporting MS"]).header_map == {"Reporting MS": "detection_country"}
    found = match_headers(["Reporting MS", "Country of detection"]).header_map
    assert found == {"Reporting MS": "source", "Country of detection": "detection_country"}


@pytest.mark.parametrize(
    "header",
    [
        "Nbre migrants interpellés",
        "Migrants arrêtés",
        "Nº de inmigrantes aprehendidos",
        # left alone before session 8 ("persons or suspects?"): the migrant word names who
        # is counted, the participle how police met them
        "Migrants arrested",
        "Migrants detained",
    ],
)
def test_migrants_held_are_the_persons(header: str) -> None:
    assert match_headers([header]).header_map == {header: "n_persons"}


def test_persons_held_without_migrants_are_still_suspects() -> None:
    assert match_headers(["Personnes interpellées"]).header_map == {
        "Personnes interpellées": "n_suspects"
    }
    assert match_headers(["Passeurs et migrants interpellés"]).header_map == {}


def test_sdmx_and_eurostat_dimensions() -> None:
    headers = ["TIME_PERIOD", "OBS_VALUE", "citizen", "exploit", "assoc_offences"]
    assert match_headers(headers).header_map == {
        "TIME_PERIOD": "event_date",
        "OBS_VALUE": "n_persons",
        "citizen": "nationality",
        "exploit": "exploitation",
        "assoc_offences": "linked_offences",
    }


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Country of Seizure / بلد الضبط", "detection_country"),  # a Gulf police digest
        ("Country of arrest", "detection_country"),
        ("País de detención", "detection_country"),
        ("Personas atendidas (grupo)", "n_persons"),  # a hospital's social-work unit
        ("Persons assisted", "n_persons"),
    ],
)
def test_where_persons_were_seized_and_who_was_attended(header: str, expected: str) -> None:
    assert match_headers([header]).header_map == {header: expected}


def test_nac_is_the_nationality() -> None:
    assert match_headers(["NAC. (ISO-2)"]).header_map == {"NAC. (ISO-2)": "nationality"}


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        ("persons_found", "n_persons"),  # a ferry security desk's log
        ("UDA_VICTIM_CT", "n_persons"),  # US: undocumented aliens, count
        ("Group size / Tamaño del grupo", "n_persons"),  # a shelter's intake survey
        ("SMUGGLERS_ARR", "n_suspects"),  # US records: smugglers arrested
        ("Guías / coyotes retenidos", "n_suspects"),  # the Darién's guides held
        ("Guides (coyotes) / Guías", "n_suspects"),
        ("Passeurs retenus", "n_suspects"),
        ("port_country", "detection_country"),  # the port where the persons were found
        ("Pays de PEC", "detection_country"),  # French health services: prise en charge
        ("statute", "crime_type"),  # a court docket's statute charged
        ("Intercepting State", "detection_country"),  # a maritime desk
        ("jurisdiction_of_detection", "detection_country"),  # a FATF case compilation
        ("País donde se registra", "detection_country"),  # a field survey's
        ("Parcours migratoire", "route_label"),  # a hospital service's (the countries)
        ("Juridiction de détection", "detection_country"),
    ],
)
def test_records_systems_and_logs_headers(header: str, canonical: str) -> None:
    assert match_headers([header]).header_map == {header: canonical}


@pytest.mark.parametrize(
    "header",
    [
        "Migrantes retenidos",  # held migrants: persons or suspects? not said
        "Guías de remisión",  # transport documents, not guides
        "Tour guide",
        "Port of departure",
        "CT",
    ],
)
def test_records_systems_look_alikes_are_left_alone(header: str) -> None:
    assert match_headers([header]).header_map == {}


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        ("Sum of Persons Detected", "n_persons"),  # Power BI: a summed field
        ("Somme de Nb victimes", "n_persons"),  # an Excel pivot in French
        ("Sum of Suspected Facilitators", "n_suspects"),
        ("grp_route/country_intended", "destination_country"),  # a Kobo form's group path
    ],
)
def test_pivot_exports_and_survey_forms(header: str, canonical: str) -> None:
    assert match_headers([header]).header_map == {header: canonical}
    assert match_headers(["Summary"]).header_map == {}  # "sum" only as "Sum of"


def test_swiss_etat_de_constatation_is_the_detection_country() -> None:
    assert match_headers(["État de constatation"]).header_map == {
        "État de constatation": "detection_country"
    }


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        ("Heading to", "destination_country"),
        ("ubicacion/pais", "detection_country"),  # a survey's location group
        ("Place of safety (country)", "detection_country"),
        ("Pays de débarquement", "detection_country"),
        ("Pays de départ de l'embarcation", "transit_countries"),  # the boat's, not theirs
        ("Pays de départ", "origin_country"),
        ("Survivors", "n_persons"),
        ("Personnes secourues", "n_persons"),
        ("Boat type", "transport_mode"),
        ("Embarcación", "transport_mode"),
        ("Rescue position", "coordinates"),
        ("Nationalities", "nationality"),
        ("Smugglers involved", "n_suspects"),
        ("Coastal State", "detection_country"),  # a maritime crosspoint's
        ("apprehending_country", "detection_country"),
        ("Home country", "origin_country"),
        ("Routed through", "transit_countries"),
        ("ruta_paises", "transit_countries"),
        # a column of countries named with its code
        ("reporting_state_m49", "detection_country"),
        ("location_m49", "detection_country"),  # a UN crisis centre's feed
        ("No. of Suspected Exploiters", "n_suspects"),  # a victims' advocate's
        ("Explotadores", "n_suspects"),
        ("persons_referenced", "n_persons"),  # a platform's escalation
        ("Persons referred", "n_persons"),
        ("listing_country", "detection_country"),  # a rental platform's listing
        ("Pays de l'établissement", "detection_country"),  # a hotel group's
        ("site_country_m49", "detection_country"),  # a religious network's site
        ("Recovery Country", "detection_country"),  # a medical examiner's remains
        ("Host Nation", "detection_country"),  # a military base's host state
        ("País hallazgo", "detection_country"),  # a forensic institute's
        ("vinculados", "n_suspects"),  # a financial intelligence report's linked persons
        ("Drivers detained", "n_suspects"),  # a car-sharing fleet's security log
        ("NATL", "nationality"),  # a US military staff's report
        ("Country of inspection", "detection_country"),  # a port state control log
        ("Tracker long", "lon"),
        ("Delitos vinculados", "linked_offences"),
        ("MS of detection", "detection_country"),  # an EU body's Member State
        ("Passeurs repérés", "n_suspects"),  # seen from a fishing boat
        ("Smugglers spotted", "n_suspects"),
        ("État membre de détection", "detection_country"),
        ("Lieu (code ISO)", "detection_country"),
        ("origin_iso3", "origin_country"),
        ("destination_code", "destination_country"),
        ("host_country", "detection_country"),  # an embassy's post's host country
        ("Departed from", "origin_country"),
        ("From", "origin_country"),  # a news desk's
        # a survey's question about the smugglers leading the group
        ("¿Cuántos guías o coyotes acompañaban al grupo?", "n_suspects"),
        ("How many smugglers accompanied the group?", "n_suspects"),
        ("¿Cuántas personas componen el grupo?", "n_persons"),
        # a volunteer medical service's intervention log (JSON keys)
        ("came_via", "transit_countries"),
        ("wants_to_go", "destination_country"),
        ("people_in_group", "n_persons"),
        ("grp_people/group_sex", "gender"),  # a survey's question group: no count
        ("intervention_id", "source_ref"),
        ("Host MS", "detection_country"),  # a Frontex joint operation's host Member State
        ("Pasadores detenidos", "n_suspects"),  # the Strait's smugglers
        ("Pax Type", "age_group"),  # an airline's passenger type (ADT, CHD, UM)
        # an Italian desk's headers
        ("N. persone", "n_persons"),
        ("Destinazione dichiarata", "destination_country"),
        ("Paese rilevamento", "detection_country"),
        ("Reati connessi", "linked_offences"),
        ("Stato rintraccio / Country", "detection_country"),  # where they were traced
        ("Prot. n.", "source_ref"),  # a register's protocol number
        ("Prot. No.", "source_ref"),
        # a regional body's database export
        ("detected_at", "event_date"),  # a timestamp ("Detected at" is a place)
        ("Detected at", "detection_country"),
        ("detection_state_iso", "detection_country"),
        ("reporting_country_isonum", "detection_country"),  # ISO numeric codes
        ("record_uid", "source_ref"),
        ("Passeurs présumés remis à la PAF", "n_suspects"),  # a sea-rescue station's
        ("Cantidad de implicados", "n_suspects"),  # the persons implicated
    ],
)
def test_rescue_log_and_survey_location_headers(header: str, canonical: str) -> None:
    assert match_headers([header]).header_map == {header: canonical}


def test_a_group_alone_is_no_count_of_suspects() -> None:
    assert match_headers(["Grupo", "Group"]).header_map == {}


def test_a_vessel_name_is_no_transport_mode() -> None:
    assert match_headers(["Navire", "Boat"]).header_map == {}


def test_a_code_suffix_names_no_column_but_a_country_one() -> None:
    # "age_code" is read as before, by its own words; "case code" stays an id
    assert match_headers(["age_code"]).header_map == {"age_code": "age_group"}
    assert match_headers(["Case code"]).header_map == {"Case code": "source_ref"}


def test_an_eu_desks_member_state_is_where_the_case_was_met() -> None:
    assert match_headers(["Member State"]).header_map == {"Member State": "detection_country"}
    # beside a detection country, it says who reports
    both = match_headers(["Member State", "Country of detection"]).header_map
    assert both == {"Member State": "source", "Country of detection": "detection_country"}


def test_an_island_is_the_detection_place_only_when_no_country_column_says_it() -> None:
    assert match_headers(["Isla"]).header_map == {"Isla": "detection_country"}
    both = match_headers(["Isla", "País hechos"]).header_map
    assert both == {"País hechos": "detection_country"}


@pytest.mark.parametrize("header", ["Journey Started In", "Voyage commencé à", "Viaje iniciado en"])
def test_where_a_journey_started_is_the_origin_when_it_holds_countries(header: str) -> None:
    countries = {header: pd.Series(["Afghanistan", "IR", "Syria", "AF", "Vietnam", "Iraq"])}
    assert match_headers([header], values=countries).header_map == {header: "origin_country"}
    dates = {header: pd.Series(["17/05/2023", "18/05/2023", "19/05/2023"])}
    assert match_headers([header], values=dates).header_map == {}
    # its date is the event's ("Journey start date"), whatever it holds
    assert match_headers(["Journey start date"]).header_map == {"Journey start date": "event_date"}


def test_a_geopoint_split_by_a_survey_tool_gives_its_axes() -> None:
    # KoboToolbox exports a geopoint question as _<question>_latitude / _longitude /
    # _altitude / _precision beside the point itself
    headers = [
        "_Ubicación GPS",
        "_Ubicación GPS_latitude",
        "_Ubicación GPS_longitude",
        "_Ubicación GPS_altitude",
        "_Ubicación GPS_precision",
    ]
    assert match_headers(headers).header_map == {
        "_Ubicación GPS": "coordinates",
        "_Ubicación GPS_latitude": "lat",
        "_Ubicación GPS_longitude": "lon",
    }
    # a header naming both axes is the pair
    both = "Coordenadas (latitud, longitud)"
    assert match_headers([both]).header_map == {both: "coordinates"}


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # a betting-shop chain's "Shop Lat" / "Shop Long" (blind397): a pair of axes
        (["Shop Lat", "Shop Long"], {"Shop Lat": "lat", "Shop Long": "lon"}),
        (["Site Latitude", "Site Long"], {"Site Latitude": "lat", "Site Long": "lon"}),
        (["Latitud sitio", "Long sitio"], {"Latitud sitio": "lat", "Long sitio": "lon"}),
        # ... also where the words name a place, which they would alone (a cinema chain's
        # "Incident Location (Lat)" / "(Long)", blind439)
        (
            ["Incident Location (Lat)", "Incident Location (Long)"],
            {"Incident Location (Lat)": "lat", "Incident Location (Long)": "lon"},
        ),
        (
            ["Incident Location", "Incident Location (Long)"],
            {"Incident Location": "detection_country"},
        ),
        # ... not without the latitude of the same words: a stay, a length
        (["Shop Lat", "Long stay"], {"Shop Lat": "lat"}),
        (["Lat", "Shop Long"], {"Lat": "lat"}),
        (["Shop Long"], {}),
    ],
)
def test_long_is_the_longitude_beside_the_same_words_with_lat(
    headers: list[str], expected: dict[str, str]
) -> None:
    assert match_headers(headers).header_map == expected


@pytest.mark.parametrize(
    ("header", "column"),
    [
        # a form's question for a count is the count ("how many" = "number of"): a riders'
        # collective's Google Form (blind417)
        ("¿Cuántas personas afectadas?", "n_persons"),
        ("How many people?", "n_persons"),
        ("Combien de personnes ?", "n_persons"),
        ("How many suspects?", "n_suspects"),
        ("¿Cuántos detenidos?", "n_suspects"),
        # ... and persons qualified as exploiters or intermediaries are the suspects
        ("¿Cuántas personas explotadoras o intermediarias?", "n_suspects"),
        ("Número de personas explotadoras", "n_suspects"),
        ("Nombre d'intermédiaires", "n_suspects"),
        # how they travelled, asked as a question, is the transport mode
        ("¿Cómo llegó?", "transport_mode"),
        ("Cómo viajaron", "transport_mode"),
        ("How did they travel?", "transport_mode"),
        ("Comment sont-ils arrivés ?", "transport_mode"),
        ("How travelling", "transport_mode"),  # a showmen's guild's log (blind410)
    ],
)
def test_a_forms_questions_name_counts_and_the_transport(header: str, column: str) -> None:
    assert match_headers([header]).header_map == {header: column}


@pytest.mark.parametrize(
    "header", ["How", "Comment", "¿Cómo?", "Lugar / ciudad", "Intermediary country", "Cuántos"]
)
def test_question_words_alone_name_nothing(header: str) -> None:
    assert match_headers([header]).header_map == {}
