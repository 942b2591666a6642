"""Country codes of the Olympic movement (IOC) and of FIFA that are no ISO alpha-3 code.

Sports bodies and their security desks write countries as "GER", "CRO", "GUA", "HON"
(Germany, Croatia, Guatemala, Honduras). The table ``_data/sports_codes.csv`` maps each
such code to its ISO 3166-1 alpha-3 code. It is generated from the maintained
``country_converter`` package (columns ``IOC`` and ``FIFA`` of its ``country_data.tsv``)::

    pip install country_converter
    python -m trendlib.clean._sports

``country_converter`` is needed only to regenerate the file (its ``CountryConverter``
class does not load under pandas 3, so its data file is read directly, as
:mod:`trendlib.clean.regions` does). A code that is also an ISO alpha-3 code ("BRN" is
Bahrain's IOC code and Brunei's ISO code), or was one ("ANT"), is left out: the ISO
reading wins. So is a code that the two lists give to two countries.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import pandas as pd

__all__ = ["sports_codes"]

_DATA = "sports_codes.csv"


@functools.cache
def sports_codes() -> dict[str, str]:
    """Return the IOC and FIFA codes that are no ISO code, mapped to ISO alpha-3.

    Returns
    -------
    dict of str to str
        Upper-case three-letter code -> ISO 3166-1 alpha-3 code.

    Examples
    --------
    >>> codes = sports_codes()
    >>> codes["GER"], codes["CRO"], codes["GUA"], "DEU" in codes, "BRN" in codes
    ('DEU', 'HRV', 'GTM', False, False)
    """
    with resources.files("trendlib.clean").joinpath("_data", _DATA).open("rb") as fh:
        table = pd.read_csv(fh, dtype=str, keep_default_na=False)
    return dict(zip(table["code"], table["iso3"], strict=True))


def _regenerate(target: Path | None = None) -> Path:
    """Rebuild ``_data/sports_codes.csv`` from ``country_converter`` (developer tool)."""
    import country_converter  # only needed to regenerate the table
    import pycountry

    source = Path(country_converter.__file__).with_name("country_data.tsv")
    raw = pd.read_csv(source, sep="\t", dtype=str, keep_default_na=False)
    iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    # an old ISO code stays out too ("ANT": the Netherlands Antilles, Antigua's IOC code)
    historic = {c.alpha_3 for c in pycountry.historic_countries}
    found: dict[str, set[str]] = {}
    for column in ("IOC", "FIFA"):
        for code, country in zip(raw[column], raw["ISO3"], strict=True):
            code = code.strip().upper()
            new = code not in iso3 | historic
            if len(code) == 3 and code.isalpha() and new and country in iso3:
                found.setdefault(code, set()).add(country)
    rows = [{"code": c, "iso3": next(iter(v))} for c, v in sorted(found.items()) if len(v) == 1]
    target = target or Path(__file__).with_name("_data") / _DATA
    pd.DataFrame(rows).to_csv(target, index=False, lineterminator="\n")
    return target


if __name__ == "__main__":  # pragma: no cover - developer tool
    print(_regenerate())
