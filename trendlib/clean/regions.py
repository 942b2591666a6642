"""UN M49 world regions of countries (region, sub-region, intermediate region).

The table ``_data/un_m49.csv`` maps ISO 3166-1 alpha-3 codes to the UN Statistics
Division's M49 geographic regions. It is generated from the maintained
``country_converter`` package (column ``UNregion`` of its ``country_data.tsv``,
which holds each country's finest M49 grouping) plus the fixed M49 tree below, by::

    pip install country_converter
    python -m trendlib.clean.regions

``country_converter`` is needed only to regenerate the file, not at run time (its
``CountryConverter`` class does not load under pandas 3, so its data file is read
directly). Kosovo (``XKX``), Taiwan and a few territories that M49 does not list
carry ``country_converter``'s grouping (Kosovo: Southern Europe); Antarctica has none.
Three rows are corrected to M49 (see ``_CORRECTIONS``).
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Final

import pandas as pd

__all__ = ["M49_TREE", "REGIONS", "country_region"]

#: UN M49: region -> sub-region -> intermediate regions (empty when there are none).
M49_TREE: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "Africa": {
        "Northern Africa": (),
        "Sub-Saharan Africa": (
            "Eastern Africa",
            "Middle Africa",
            "Southern Africa",
            "Western Africa",
        ),
    },
    "Americas": {
        "Latin America and the Caribbean": ("Caribbean", "Central America", "South America"),
        "Northern America": (),
    },
    "Asia": {
        "Central Asia": (),
        "Eastern Asia": (),
        "South-eastern Asia": (),
        "Southern Asia": (),
        "Western Asia": (),
    },
    "Europe": {
        "Eastern Europe": (),
        "Northern Europe": ("Channel Islands",),
        "Southern Europe": (),
        "Western Europe": (),
    },
    "Oceania": {
        "Australia and New Zealand": (),
        "Melanesia": (),
        "Micronesia": (),
        "Polynesia": (),
    },
}

#: Every valid region, sub-region and intermediate-region name (for parameter checks).
REGIONS: Final[tuple[str, ...]] = tuple(
    name
    for region, subs in M49_TREE.items()
    for name in (region, *[n for sub, inter in subs.items() for n in (sub, *inter)])
)

# Where country_converter 1.3.2 departs from the UNSD M49 table (checked against UNODC
# GLOTIP, which publishes M49 regions): applied when the table is regenerated.
_CORRECTIONS: Final[dict[str, str]] = {
    "NRU": "Micronesia",
    "GGY": "Channel Islands",
    "JEY": "Channel Islands",
}

_COLUMNS = ("region", "subregion", "intermediate_region")
_DATA = "un_m49.csv"


@functools.cache
def _m49_table() -> pd.DataFrame:
    """Read the packaged ISO3 -> M49 table, indexed by ``iso3`` (once per process)."""
    with resources.files("trendlib.clean").joinpath("_data", _DATA).open("rb") as fh:
        table = pd.read_csv(fh, dtype="string", keep_default_na=False, na_values=[""])
    return table.set_index("iso3")[list(_COLUMNS)]


def country_region(codes: pd.Series) -> pd.DataFrame:
    """Return the UN M49 region, sub-region and intermediate region of each country code.

    Parameters
    ----------
    codes : Series
        ISO 3166-1 alpha-3 codes (output of :func:`trendlib.clean.countries.parse_country`);
        missing or unknown codes give NA. Not modified.

    Returns
    -------
    DataFrame
        Indexed like ``codes``, columns ``region`` (e.g. "Africa"), ``subregion``
        (e.g. "Sub-Saharan Africa", "Northern Africa") and ``intermediate_region``
        (e.g. "Western Africa"; NA where M49 has none), all of dtype ``string``.

    Examples
    --------
    >>> country_region(pd.Series(["LBY", "NGA", "ITA", "MEX", None, "ZZZ"]))
         region                        subregion intermediate_region
    0    Africa                  Northern Africa                <NA>
    1    Africa               Sub-Saharan Africa      Western Africa
    2    Europe                  Southern Europe                <NA>
    3  Americas  Latin America and the Caribbean     Central America
    4      <NA>                             <NA>                <NA>
    5      <NA>                             <NA>                <NA>
    """
    idx, uniques = pd.factorize(codes, use_na_sentinel=True)
    table = _m49_table()
    keys = pd.Index(pd.Series(uniques, dtype="object").astype("string").str.strip().str.upper())
    found = table.reindex(keys)
    rows = found.to_numpy(dtype=object)
    missing = pd.NA
    out = {}
    for j, col in enumerate(_COLUMNS):
        values = pd.array([*rows[:, j].tolist(), missing], dtype="string")
        out[col] = pd.Series(values.take(idx), index=codes.index)
    return pd.DataFrame(out, index=codes.index)


def _regenerate(target: Path | None = None) -> Path:
    """Rebuild ``_data/un_m49.csv`` from ``country_converter`` (developer tool)."""
    import country_converter  # only needed to regenerate the table
    import pycountry

    source = Path(country_converter.__file__).with_name("country_data.tsv")
    raw = pd.read_csv(source, sep="\t", dtype=str, keep_default_na=False, na_values=[""])
    finest = dict(zip(raw["ISO3"], raw["UNregion"], strict=True)) | _CORRECTIONS
    parent: dict[str, tuple[str | None, str | None, str | None]] = {}
    for region, subs in M49_TREE.items():
        for sub, inters in subs.items():
            parent[sub] = (region, sub, None)
            for inter in inters:
                parent[inter] = (region, sub, inter)
    codes = sorted({c.alpha_3 for c in pycountry.countries} | {"XKX"})
    rows = []
    for code in codes:
        levels = parent.get(finest.get(code) or "", (None, None, None))
        rows.append({"iso3": code, **dict(zip(_COLUMNS, levels, strict=True))})
    target = target or Path(__file__).with_name("_data") / _DATA
    target.parent.mkdir(exist_ok=True)
    pd.DataFrame(rows).to_csv(target, index=False, lineterminator="\n")
    return target


if __name__ == "__main__":  # pragma: no cover - developer tool
    print(_regenerate())
