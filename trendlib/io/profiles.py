"""Profiles: how to read the public exports trendlib knows, without a mapping.

A :class:`Profile` names the export's columns (header -> canonical name), adds
constant columns (``indicator``, ``crime_type``...) and derives a few columns
with vectorised, source-specific rules. A profile keeps one raw row per file
row and every value as text: parsing stays with the cleaner. Columns a profile
does not name are kept under their own headers.

Shipped profiles (``read_records(path, profile=...)``):

``iom_mmp``
    IOM Missing Migrants Project incident export. ``Country of Origin`` is a
    comma-joined list ("Guatemala", "Syrian Arab Republic, Iraq", "Unknown",
    "Mixed"): it is kept whole as ``origin_countries``; ``nationality`` takes it
    only when it names one country (or says ``Unknown``), else NA: a list or
    "Mixed" is no single nationality. ``crime_type`` is ``unknown``: MMP records
    deaths and disappearances of migrants, not whether they were smuggled or
    trafficked. ``indicator`` is ``dead_and_missing``. ``Coordinates``
    ("lat, lon") become ``coordinates``; the cleaner splits them.
``frontex_ibc``
    Frontex monthly detections of illegal border crossings by route and
    nationality (IOM-GDI long layout ``month, route, type, nat, n``).
    ``crime_type`` is ``smuggling``: illegal border crossings are the unit's
    indicator of migrant smuggling (most crossings on these routes are
    facilitated), though a row counts *detections*, not persons or proven
    offences (``indicator = illegal_border_crossings``). ``source_ref`` is
    ``month|route|type|nat``: Frontex splits some routes into land and sea, so
    ``month|route|nat`` alone repeats.
``unodc_glotip``
    UNODC GLOTIP country data (long layout with overlapping totals). Each row's
    ``breakdown`` names its cross-tab (``total``, ``sex``, ``sex_x_age``,
    ``form_of_exploitation_x_sex``, ``citizenship``...): cells within one
    breakdown (for one country, year and indicator) add up; across breakdowns
    they overlap and must not be summed. ``n_persons`` is the published text
    (``"1,192"``, ``"<5"``); ``censored`` repeats it when it starts with ``<``.
    ``nationality`` comes from ``Category`` for citizenship rows ("Nationals" ->
    the detecting country's ISO code; "Abroad", "Unknown", "Other" -> NA; other
    text, including demonyms such as "Romanian", is passed on for the cleaner).
    ``exploitation`` comes from ``Category`` for form-of-exploitation rows.
    Country-of-repatriation categories stay in ``Category`` (no canonical column
    says "repatriated to"). ``detection_country`` is ``Iso3_code``, or the
    ``Country`` name where the code is blank (Sark). ``source_ref`` joins country,
    indicator, dimension, category, sex, age and year; the export repeats some
    keys ("Other forms of exploitation" sub-forms), numbered ``#2``, ``#3``...

Examples
--------
>>> sorted(PROFILES)
['frontex_ibc', 'iom_mmp', 'unodc_glotip']
>>> get_profile("frontex_ibc").source
'Frontex'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

import numpy as np
import pandas as pd

from trendlib._text import fold
from trendlib.errors import MappingError, ParameterError, format_location, short_list
from trendlib.io._readers import text_series

__all__ = ["PROFILES", "Profile", "available_profiles", "get_profile"]

Derive = Callable[[pd.DataFrame], dict[str, pd.Series]]


def _no_derived(frame: pd.DataFrame) -> dict[str, pd.Series]:
    return {}


@dataclass(frozen=True)
class Profile:
    """How to read one known export.

    Parameters
    ----------
    name : str
        Registry name (``profile=`` argument).
    title : str
        What the export is, for messages and reports.
    source : str
        Default ``source`` value (a ``source=`` argument overrides it).
    columns : mapping
        File header -> canonical (or raw-only) column name; these headers must exist.
    constants : mapping, optional
        Column -> text put on every row.
    derive : callable, optional
        ``frame -> {column: Series}``, vectorised, on the file's own headers; the
        results replace renamed columns of the same name.
    required : tuple of str, optional
        Further headers ``derive`` reads.
    """

    name: str
    title: str
    source: str
    columns: Mapping[str, str]
    constants: Mapping[str, str] = field(default_factory=dict)
    derive: Derive = _no_derived
    required: tuple[str, ...] = ()

    def check(self, headers: list[str], *, file: str) -> None:
        """Raise :class:`MappingError` if the file lacks a header this profile reads.

        Parameters
        ----------
        headers : list of str
            The file's headers.
        file : str
            The file, for the message.
        """
        needed = [*self.columns, *self.required]
        missing = [h for h in dict.fromkeys(needed) if h not in headers]
        if missing:
            raise MappingError(
                f"{format_location(file=file)} does not look like the {self.title} "
                f"(profile '{self.name}'): header(s) {short_list(missing)} are missing; the file "
                f"has {short_list(headers)}. Use the original export, pass mapping=... instead, "
                "or drop profile=."
            )


def stable_refs(parts: list[pd.Series]) -> pd.Series:
    """Join identifying columns with ``|``; repeated keys get ``#2``, ``#3``... in file order.

    Parameters
    ----------
    parts : list of Series
        Aligned text columns (missing values count as empty text).

    Returns
    -------
    Series
        One reference per row, unique within the file.

    Examples
    --------
    >>> stable_refs([pd.Series(["a", "a", "b"]), pd.Series(["x", "x", "y"])]).tolist()
    ['a|x', 'a|x#2', 'b|y']
    """
    key = parts[0].fillna("").astype(str)
    for part in parts[1:]:
        key = key + "|" + part.fillna("").astype(str)
    occurrence = key.groupby(key, sort=False).cumcount() + 1
    suffix = np.where(occurrence > 1, "#" + occurrence.astype(str), "")
    return text_series((key + suffix).to_numpy(), index=key.index)


def _slug(values: pd.Series, table: Mapping[str, str]) -> pd.Series:
    """Map known labels through ``table``; fold others to ``snake_case`` (on unique values)."""
    uniques = values.dropna().unique()
    lookup = {u: table.get(u, fold(str(u)).replace(" ", "_")) for u in uniques}
    return text_series(values.map(lookup).to_numpy(dtype=object), index=values.index)


def _where(mask: pd.Series, values: pd.Series) -> pd.Series:
    out = values.astype(object).where(mask.fillna(False).astype(bool), None)
    return text_series(out.to_numpy(), index=values.index)


# ------------------------------------------------------------------ IOM Missing Migrants


def _mmp_derive(frame: pd.DataFrame) -> dict[str, pd.Series]:
    origin = frame["Country of Origin"]
    single = ~origin.str.contains(",", regex=False, na=True) & (origin.str.strip() != "Mixed")
    return {"nationality": _where(single, origin.str.strip())}


IOM_MMP: Final = Profile(
    name="iom_mmp",
    title="IOM Missing Migrants Project incident export",
    source="IOM MMP",
    columns=MappingProxyType(
        {
            "Main ID": "source_ref",
            "Incident Date": "event_date",
            "Total Number of Dead and Missing": "n_persons",
            "Country of Origin": "origin_countries",
            "Country of Incident": "detection_country",
            "Migration Route": "route_label",
            "Coordinates": "coordinates",
        }
    ),
    constants=MappingProxyType({"indicator": "dead_and_missing", "crime_type": "unknown"}),
    derive=_mmp_derive,
)

# ------------------------------------------------------------------ Frontex IBC


def _frontex_derive(frame: pd.DataFrame) -> dict[str, pd.Series]:
    parts = [frame["month"], frame["route"], frame["type"], frame["nat"]]
    return {"source_ref": stable_refs(parts)}


FRONTEX_IBC: Final = Profile(
    name="frontex_ibc",
    title="Frontex monthly detections of illegal border crossings (route x nationality)",
    source="Frontex",
    columns=MappingProxyType(
        {
            "month": "event_date",
            "route": "route_label",
            "type": "transport_mode",
            "nat": "nationality",
            "n": "n_persons",
        }
    ),
    constants=MappingProxyType(
        {
            "indicator": "illegal_border_crossings",
            "breakdown": "route_x_nationality",
            "crime_type": "smuggling",
        }
    ),
    derive=_frontex_derive,
)

# ------------------------------------------------------------------ UNODC GLOTIP

_GLOTIP_INDICATORS: Final = MappingProxyType(
    {
        "Detected trafficking victims": "detected_victims",
        "Persons convicted": "persons_convicted",
        "Persons prosecuted": "persons_prosecuted",
        "Persons brought into formal contact": "persons_in_formal_contact",
        "Offences of trafficking in persons": "offences",
    }
)
_GLOTIP_DIMENSIONS: Final = MappingProxyType(
    {
        "Total": "total",
        "by form of exploitation": "form_of_exploitation",
        "by citizenship": "citizenship",
        "by country of repatriation": "repatriation",
    }
)
# Citizenship categories that name no country.
_NOT_A_COUNTRY: Final = frozenset({"abroad", "unknown", "other", "others", "total", "nationals"})


def _glotip_breakdown(dimension: pd.Series, sex: pd.Series, age: pd.Series) -> pd.Series:
    triple = dimension.fillna("") + "\x1f" + sex.fillna("") + "\x1f" + age.fillna("")
    codes, uniques = pd.factorize(triple)
    labels = []
    for key in uniques:
        dim, s, a = str(key).split("\x1f")
        parts = []
        slug = _GLOTIP_DIMENSIONS.get(dim, fold(dim).removeprefix("by ").replace(" ", "_"))
        if slug and slug != "total":
            parts.append(slug)
        if s and s != "Total":
            parts.append("sex")
        if a and a != "Total":
            parts.append("age")
        labels.append("_x_".join(parts) or "total")
    return text_series(np.asarray(labels, dtype=object)[codes], index=dimension.index)


def _glotip_derive(frame: pd.DataFrame) -> dict[str, pd.Series]:
    iso, country = frame["Iso3_code"], frame["Country"]
    dimension, category = frame["Dimension"], frame["Category"]
    value = frame["txtVALUE"]
    is_citizenship = dimension == "by citizenship"
    folded_category = _slug(category, {}).fillna("")
    nationals = is_citizenship & (folded_category == "nationals")
    named = is_citizenship & ~folded_category.isin(_NOT_A_COUNTRY) & category.notna()
    nationality = _where(named, category)
    nationality = nationality.mask(nationals, iso)
    return {
        "detection_country": text_series(
            iso.fillna(country).to_numpy(dtype=object), index=frame.index
        ),
        "indicator": _slug(frame["Indicator"], _GLOTIP_INDICATORS),
        "breakdown": _glotip_breakdown(dimension, frame["Sex"], frame["Age"]),
        "exploitation": _where(dimension == "by form of exploitation", category),
        "nationality": text_series(nationality.to_numpy(dtype=object), index=frame.index),
        "censored": _where(value.str.lstrip().str.startswith("<", na=False), value),
        "source_ref": stable_refs(
            [
                iso.fillna(country),
                frame["Indicator"],
                dimension,
                category,
                frame["Sex"],
                frame["Age"],
                frame["Year"],
            ]
        ),
    }


UNODC_GLOTIP: Final = Profile(
    name="unodc_glotip",
    title="UNODC Global Report on Trafficking in Persons (GLOTIP) country data",
    source="UNODC GLOTIP",
    columns=MappingProxyType(
        {
            "Iso3_code": "detection_country",
            "Year": "event_date",
            "Sex": "gender",
            "Age": "age_group",
            "txtVALUE": "n_persons",
        }
    ),
    constants=MappingProxyType({"crime_type": "trafficking"}),
    derive=_glotip_derive,
    required=("Country", "Indicator", "Dimension", "Category"),
)

#: Registry: profile name -> :class:`Profile`.
PROFILES: Final[Mapping[str, Profile]] = MappingProxyType(
    {p.name: p for p in (IOM_MMP, FRONTEX_IBC, UNODC_GLOTIP)}
)


def available_profiles() -> list[str]:
    """Names accepted by ``read_records(..., profile=...)``.

    Returns
    -------
    list of str
        Sorted profile names.

    Examples
    --------
    >>> available_profiles()
    ['frontex_ibc', 'iom_mmp', 'unodc_glotip']
    """
    return sorted(PROFILES)


def get_profile(name: str | Profile) -> Profile:
    """Return the profile called ``name`` (a :class:`Profile` is returned as is).

    Parameters
    ----------
    name : str or Profile
        A registered name, or a custom :class:`Profile`.

    Returns
    -------
    Profile
        The profile.

    Raises
    ------
    ParameterError
        For an unknown name, listing the known ones.

    Examples
    --------
    >>> get_profile("iom_mmp").title
    'IOM Missing Migrants Project incident export'
    >>> get_profile("mmp")
    Traceback (most recent call last):
    ...
    trendlib.errors.ParameterError: unknown profile 'mmp'; ...
    """
    if isinstance(name, Profile):
        return name
    try:
        return PROFILES[name]
    except (KeyError, TypeError):
        raise ParameterError(
            f"unknown profile {name!r}; known profiles: {', '.join(available_profiles())}. "
            "Omit profile= to recognise the headers automatically, or pass mapping=..."
        ) from None
