"""Identifiers of planted networks (names, phones, documents, plates, IBANs, e-mails).

Each entity has one canonical form and several ways a clerk writes it (token order,
dropped accents, transliteration, typos, phone formats). The entity truth lists
every written string with the entity it denotes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._tables import NETWORKS

__all__ = ["ID_COLUMNS", "Entity", "build_entities", "fit_encoding", "identifier_cells"]

ID_COLUMNS: tuple[str, ...] = (
    "suspect_names",
    "phones",
    "documents",
    "vehicles",
    "accounts",
    "emails",
)

_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "nga": (
        ("John", "Blessing", "Osaro", "Efosa", "Joy", "Peace", "Godwin", "Precious"),
        ("Okafor", "Eze", "Adebayo", "Okonkwo", "Osagie", "Igbinedion", "Obaseki", "Uwaifo"),
    ),
    "arab": (
        ("Mohammed", "Ahmed", "Hassan", "Khaled", "Youssef", "Omar"),
        ("Al-Hassan", "Ben Ali", "Abdelkader", "Haddad", "Mansour", "El Masri"),
    ),
    "kurd": (
        ("Karwan", "Rebin", "Dilan", "Shwan", "Hawre", "Aram"),
        ("Barzani", "Ahmadi", "Rasul", "Qadir", "Mahmoud", "Hussein"),
    ),
    "vnm": (
        ("Văn Minh", "Thị Lan", "Đức Anh", "Văn Hùng", "Thị Hoa"),
        ("Nguyễn", "Trần", "Phạm", "Lê", "Hoàng"),
    ),
    "rou": (
        ("Ionuț", "Ștefan", "Mădălina", "Florin", "Nicoleta", "Marian"),
        ("Popescu", "Dumitru", "Stan", "Constantin", "Lăcătuș", "Vasile"),
    ),
    "wafr": (
        ("Mamadou", "Ousmane", "Ibrahima", "Aminata", "Moussa", "Cheikh"),
        ("Diop", "Ndiaye", "Sow", "Diallo", "Traoré", "Fall"),
    ),
    "noise": (
        ("Marco", "Jean", "Ana", "David", "Samuel", "Fatima", "Pierre", "Luis", "Sarah", "Ion"),
        ("Rossi", "Dupont", "García", "Smith", "Kaya", "Mensah", "Martin", "López", "Popa"),
    ),
}

# Transliteration variants a clerk may use for the same name.
_TRANSLIT: dict[str, tuple[str, ...]] = {
    "Mohammed": ("Muhammad", "Mohamed", "Mohamad"),
    "Ahmed": ("Ahmad",),
    "Hassan": ("Hasan",),
    "Khaled": ("Khalid",),
    "Youssef": ("Yusuf", "Youssouf"),
    "Omar": ("Umar",),
    "Al-Hassan": ("Alhassan", "El Hassan"),
    "Abdelkader": ("Abd el-Kader", "Abdulkadir"),
    "Mansour": ("Mansur",),
    "El Masri": ("Al-Masri", "Elmasri"),
    "Mahmoud": ("Mahmud",),
    "Hussein": ("Husein", "Hussain"),
    "Rasul": ("Rasoul",),
    "Qadir": ("Kadir",),
    "Mamadou": ("Mamadu",),
    "Ousmane": ("Usman", "Ousman"),
    "Diallo": ("Dialo",),
    "Osagie": ("Osagiede",),
    "Efosa": ("Efosah",),
}

# country: (calling code, trunk prefix, subscriber length, first digits)
_PHONE: dict[str, tuple[str, str, int, tuple[str, ...]]] = {
    "NGA": ("234", "0", 10, ("803", "806", "813", "703", "905")),
    "ITA": ("39", "", 10, ("333", "347", "320", "389")),
    "ESP": ("34", "", 9, ("612", "634", "655", "699")),
    "GBR": ("44", "0", 10, ("7700", "7911", "7424")),
    "FRA": ("33", "0", 9, ("6", "7")),
    "ROU": ("40", "0", 9, ("722", "744", "766")),
    "LBY": ("218", "0", 9, ("91", "92", "94")),
    "TUN": ("216", "", 8, ("98", "22", "55")),
    "EGY": ("20", "0", 10, ("100", "112", "122")),
    "IRQ": ("964", "0", 10, ("750", "770", "780")),
    "DEU": ("49", "0", 11, ("1512", "1701", "1523")),
    "VNM": ("84", "0", 9, ("91", "98", "38")),
    "SEN": ("221", "", 9, ("77", "78", "76")),
    "MAR": ("212", "0", 9, ("61", "66", "70")),
}
_PLATES = {
    "ITA": "LLdddLL",
    "FRA": "LL-ddd-LL",
    "GBR": "LLdd LLL",
    "ESP": "dddd LLL",
    "ROU": "L ddd LLL",
    "DEU": "L LL dddd",
}
_IBAN_BBAN = {
    "ITA": "Lddddddddddddddddddddd",
    "ESP": "dddddddddddddddddddd",
    "GBR": "LLLLdddddddddddddd",
    "ROU": "LLLLdddddddddddddddd",
    "DEU": "dddddddddddddddddd",
}
_ISO2 = {"ITA": "IT", "ESP": "ES", "GBR": "GB", "ROU": "RO", "DEU": "DE"}
_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "proton.me", "mail.ru")
_LETTERS = np.array(list("ABCDEFGHJKLMNPRSTVWXYZ"))


def fit_encoding(text: str, encoding: str) -> str:
    """Return ``text`` if ``encoding`` can hold it, else with accents dropped.

    Examples
    --------
    >>> fit_encoding("Nguyễn Văn Minh", "cp1252")
    'Nguyen Van Minh'
    >>> fit_encoding("Côte", "cp1252")
    'Côte'
    """
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        return _ascii(text).encode(encoding, errors="replace").decode(encoding)


_PUNCT = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "→": ">", "Đ": "D", "đ": "d"})


def _ascii(text: str) -> str:
    text = text.translate(_PUNCT)  # what a legacy export writes for them
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _pattern(rng: np.random.Generator, pattern: str) -> str:
    return "".join(
        str(rng.integers(10)) if ch == "d" else str(rng.choice(_LETTERS)) if ch == "L" else ch
        for ch in pattern
    )


def _iban(rng: np.random.Generator, country: str) -> str:
    cc = _ISO2[country]
    bban = _pattern(rng, _IBAN_BBAN[country])
    digits = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(digits) % 97:02d}{bban}"


def _typo(text: str, rng: np.random.Generator) -> str:
    if len(text) < 4:
        return text + text[-1]
    i = int(rng.integers(1, len(text) - 2))
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


@dataclass(frozen=True)
class Entity:
    """One person, phone, document, vehicle, account or e-mail and its written forms."""

    entity_id: str
    kind: str  # column of ID_COLUMNS
    canonical: str
    network_id: str | None
    variants: tuple[str, ...]
    weights: tuple[float, ...]
    country: str | None = None  # phones: the number's country


def _person(eid: str, net: str | None, culture: str, rng: np.random.Generator) -> Entity:
    given_pool, family_pool = _NAMES[culture]
    given = str(rng.choice(given_pool))
    family = str(rng.choice(family_pool))
    alt_g = _TRANSLIT.get(given, ())
    alt_f = _TRANSLIT.get(family, ())
    translit = (
        f"{rng.choice(alt_g) if alt_g else given} {rng.choice(alt_f) if alt_f else family}"
        if alt_g or alt_f
        else f"{given} {_typo(family, rng)}"
    )
    variants = (
        f"{given} {family}",
        f"{family.upper()} {given}",
        f"{family}, {given}",
        _ascii(f"{given} {family}"),
        translit,
        f"{given} {_typo(family, rng)}",
        f"{given} {family}".lower(),
    )
    weights = (0.4, 0.15, 0.08, 0.1, 0.12, 0.07, 0.08)
    return Entity(eid, "suspect_names", f"{given} {family}", net, variants, weights)


def _phone(eid: str, net: str | None, country: str, rng: np.random.Generator) -> Entity:
    cc, trunk, length, firsts = _PHONE[country]
    first = str(rng.choice(firsts))
    sub = first + "".join(str(d) for d in rng.integers(0, 10, length - len(first)))
    grouped = f"{sub[:3]} {sub[3:6]} {sub[6:]}"
    variants = (
        f"+{cc} {grouped}",
        f"00{cc} {sub}",
        f"+{cc}{sub}",
        f"(+{cc}) {sub[:3]}-{sub[3:]}",
        f"{trunk}{sub}",  # national forms: only used where the country is the context
        f"{trunk}{grouped}",
    )
    return Entity(
        eid, "phones", f"+{cc}{sub}", net, variants, (0.3, 0.15, 0.15, 0.1, 0.15, 0.15), country
    )


def _document(eid: str, net: str | None, country: str, rng: np.random.Generator) -> Entity:
    pattern = {"NGA": "Ldddddddd", "ROU": "dddddddd", "VNM": "Ldddddd", "ITA": "LLddddddd"}.get(
        country, "LLddddddd"
    )
    doc = _pattern(rng, pattern)
    spaced = f"{doc[:1]} {doc[1:5]} {doc[5:]}"
    variants = (doc, spaced, doc.lower(), f"PP {doc}", f"{doc[:-1]}-{doc[-1]}")
    return Entity(eid, "documents", doc, net, variants, (0.5, 0.15, 0.1, 0.15, 0.1), country)


def _vehicle(eid: str, net: str | None, country: str, rng: np.random.Generator) -> Entity:
    plate = _pattern(rng, _PLATES.get(country, "LL ddd LL"))
    compact = plate.replace(" ", "").replace("-", "")
    variants = (plate, compact, plate.lower())
    return Entity(eid, "vehicles", compact, net, variants, (0.6, 0.25, 0.15), country)


def _account(eid: str, net: str | None, country: str, rng: np.random.Generator) -> Entity:
    iban = _iban(rng, country)
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    variants = (grouped, iban, f"IBAN {grouped}", grouped.lower())
    return Entity(eid, "accounts", iban, net, variants, (0.45, 0.3, 0.15, 0.1), country)


def _email(eid: str, net: str | None, person: Entity, rng: np.random.Generator) -> Entity:
    local = _ascii(person.canonical).lower().replace(" ", ".").replace("-", "")
    addr = f"{local}{rng.integers(10, 99)}@{rng.choice(_DOMAINS)}"
    variants = (addr, addr.capitalize(), f"<{addr}>", addr.upper())
    return Entity(eid, "emails", addr, net, variants, (0.6, 0.15, 0.15, 0.1))


def build_entities(rng: np.random.Generator) -> dict[str, dict[str, list[Entity]]]:
    """Build each planted network's pools of entities, by network then kind.

    Examples
    --------
    >>> pools = build_entities(np.random.default_rng(0))
    >>> sorted(pools)[:2], sorted(pools["N01"])
    (['N01', 'N02'], ['accounts', 'documents', 'emails', 'phones', 'suspect_names', 'vehicles'])
    """
    pools: dict[str, dict[str, list[Entity]]] = {}
    for net in NETWORKS:  # a handful of networks and entities, not records
        nid = net.network_id
        people = [
            _person(f"{nid}-P{i}", nid, net.culture, rng) for i in range(int(rng.integers(4, 7)))
        ]
        phones = [
            _phone(f"{nid}-T{i}", nid, net.phone_countries[i % len(net.phone_countries)], rng)
            for i in range(int(rng.integers(3, 6)))
        ]
        docs = [_document(f"{nid}-D{i}", nid, net.phone_countries[0], rng) for i in range(3)]
        cars = [
            _vehicle(f"{nid}-V{i}", nid, net.plate_countries[i % len(net.plate_countries)], rng)
            for i in range(2)
        ]
        accounts = [
            _account(f"{nid}-A{i}", nid, net.bank_countries[i % len(net.bank_countries)], rng)
            for i in range(2)
        ]
        mails = [_email(f"{nid}-M{i}", nid, people[i], rng) for i in range(2)]
        pools[nid] = {
            "suspect_names": people,
            "phones": phones,
            "documents": docs,
            "vehicles": cars,
            "accounts": accounts,
            "emails": mails,
        }
    return pools


def identifier_cells(
    rows: pd.DataFrame,
    *,
    encoding: str,
    rng: np.random.Generator,
    pools: dict[str, dict[str, list[Entity]]],
    noise_rate: float = 0.35,
    start: int = 0,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Write identifier cells for ``rows`` (``network_id``, ``detection_country``, ``row_key``).

    Network rows draw from their network's pools (so the same person or phone recurs
    across events and countries); other rows get unrelated noise identifiers at
    ``noise_rate``. Runs on the few thousand rows of the sample set only (the
    million-row benchmark file has no identifiers), so the loop over rows is bounded.

    Returns
    -------
    cells : DataFrame
        One column per identifier kind, ``|``-joined raw strings, aligned with ``rows``.
    entities : DataFrame
        ``row_key, column, raw, entity_id, kind, network_id, canonical``.
    """
    cells: dict[str, list[str | None]] = {c: [None] * len(rows) for c in ID_COLUMNS}
    truth: list[tuple[object, ...]] = []
    noise_no = start
    nets = rows["network_id"].to_numpy(dtype=object)
    context = rows["detection_country"].to_numpy(dtype=object)
    nationality = rows["nationality"].to_numpy(dtype=object)
    keys = rows["row_key"].to_numpy()
    for i in range(len(rows)):
        net = nets[i]
        chosen: dict[str, list[Entity]] = {}
        if isinstance(net, str):
            pool = pools[net]
            for kind, most in (("suspect_names", 3), ("phones", 2)):
                pick = rng.choice(
                    len(pool[kind]), size=int(rng.integers(1, most + 1)), replace=False
                )
                chosen[kind] = [pool[kind][j] for j in pick]
            for kind, p in (
                ("documents", 0.4),
                ("vehicles", 0.3),
                ("accounts", 0.35),
                ("emails", 0.2),
            ):
                if rng.random() < p:
                    chosen[kind] = [pool[kind][int(rng.integers(len(pool[kind])))]]
        elif rng.random() < noise_rate:
            noise_no += 1
            chosen["suspect_names"] = [_person(f"X{noise_no}-P", None, "noise", rng)]
            ctry = (
                context[i]
                if context[i] in _PHONE
                else (nationality[i] if nationality[i] in _PHONE else "ITA")
            )
            chosen["phones"] = [_phone(f"X{noise_no}-T", None, str(ctry), rng)]
            if rng.random() < 0.3:
                chosen["documents"] = [_document(f"X{noise_no}-D", None, str(ctry), rng)]
        for kind, ents in chosen.items():
            texts = []
            for ent in ents:
                weights = np.array(ent.weights, dtype=float)
                if kind == "phones" and ent.country != context[i]:
                    weights[4:] = 0.0  # national formats only in the number's own country
                v = ent.variants[int(rng.choice(len(ent.variants), p=weights / weights.sum()))]
                v = fit_encoding(v, encoding)
                texts.append(v)
                truth.append((keys[i], kind, v, ent.entity_id, kind, ent.network_id, ent.canonical))
            cells[kind][i] = "|".join(texts)
    cell_frame = pd.DataFrame(cells, index=rows.index, dtype=object)
    ent_frame = pd.DataFrame(
        truth,
        columns=["row_key", "column", "raw", "entity_id", "kind", "network_id", "canonical"],
    )
    return cell_frame, ent_frame
