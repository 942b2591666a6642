"""Named regional migration routes: a documented rule table on countries, mode and place.

The names follow the usage of Frontex (Central, Eastern and Western Mediterranean,
Western African/Atlantic, Western Balkans, Eastern land borders, English Channel) and
IOM's Missing Migrants Project (Darién, US–Mexico border, Sahara crossing, Eastern
Route, Afghanistan–Iran, ...). They are conventions, not geography: the table is
meant to be read and extended by analysts.

How a route is named (:func:`name_route`):

1. **Place rules first.** A rule with a ``bbox`` matches when the route's median
   detection location lies in the box, the mode fits and (if the rule lists
   ``to`` countries) the route ends in one of them. This separates, e.g., Spain's
   Canary Islands (Atlantic) from its Mediterranean coast.
2. **Leg rules, from the last leg backwards.** The route's legs (consecutive country
   pairs) are tried from the crossing into the destination back to the origin; the
   first rule (in table order) whose ``from`` holds the leg's first country, whose
   ``to`` holds its second and whose ``modes`` hold the route's mode names it. So
   NGA → NER → LBY → ITA by sea is *Central Mediterranean* (its last leg), while
   NGA → NER → LBY by land is *Sahara crossing*.
3. **One-country routes** (only the detection country known, as in Frontex
   aggregates) take the first rule flagged ``by_destination`` whose ``to`` holds
   the country and whose modes fit.

A route with mode ``unknown`` fits every rule. No match gives ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np
import pandas as pd

from trendlib.schema import UNKNOWN

__all__ = ["REGIONAL_ROUTES", "RegionalRoute", "name_route", "regional_routes_table"]

_ANY = frozenset({"sea", "land", "air"})
_SURFACE = frozenset({"sea", "land"})
_BALKANS = frozenset({"GRC", "BGR", "SRB", "MKD", "BIH", "MNE", "ALB", "XKX"})


@dataclass(frozen=True)
class RegionalRoute:
    """One rule of the regional-route table.

    Attributes
    ----------
    name : str
        The route's name as analysts use it.
    from_ : frozenset of str
        ISO3 countries a leg may start in (empty = any, for place rules).
    to : frozenset of str
        ISO3 countries a leg may end in (empty = any).
    modes : frozenset of str
        Transport modes the rule applies to.
    bbox : tuple of float, optional
        ``(lat_min, lat_max, lon_min, lon_max)``: a place rule.
    by_destination : bool
        Whether a one-country route ending in ``to`` takes this name.
    """

    name: str
    from_: frozenset[str] = field(default_factory=frozenset)
    to: frozenset[str] = field(default_factory=frozenset)
    modes: frozenset[str] = _ANY
    bbox: tuple[float, float, float, float] | None = None
    by_destination: bool = False


def _r(
    name: str, from_: str = "", to: str = "", modes: frozenset[str] = _ANY, **kw: object
) -> RegionalRoute:
    return RegionalRoute(name, frozenset(from_.split()), frozenset(to.split()), modes, **kw)  # type: ignore[arg-type]


#: The rule table, in priority order (see the module docstring).
REGIONAL_ROUTES: tuple[RegionalRoute, ...] = (
    # place rules
    _r("Western African / Atlantic", to="ESP", modes=frozenset({"sea"}),
       bbox=(26.0, 30.0, -19.0, -13.0)),
    _r("English Channel", to="GBR", modes=_SURFACE, bbox=(49.5, 51.6, -2.5, 2.6)),
    _r("Central Mediterranean", to="ITA MLT", modes=frozenset({"sea"}),
       bbox=(30.0, 38.5, 10.0, 19.0)),
    # leg rules
    _r("Western African / Atlantic", "SEN MRT GMB GNB GIN ESH CPV SLE CIV MLI", "ESP",
       frozenset({"sea"})),
    _r("English Channel", "FRA BEL NLD", "GBR", _SURFACE, by_destination=True),
    _r("Central Mediterranean", "LBY TUN EGY DZA", "ITA MLT", frozenset({"sea"}),
       by_destination=True),
    _r("Western Mediterranean", "MAR DZA", "ESP", _SURFACE, by_destination=True),
    _r("Eastern Mediterranean", "TUR", "GRC BGR CYP", _SURFACE, by_destination=True),
    _r("Eastern Mediterranean", "LBN SYR EGY LBY", "GRC CYP", frozenset({"sea"})),
    _r("Western Balkans", " ".join(sorted(_BALKANS)),
       " ".join(sorted(_BALKANS - {"GRC", "BGR"} | {"HUN", "HRV", "SVN", "ROU", "AUT"})),
       frozenset({"land"})),
    _r("Eastern land borders", "BLR UKR RUS MDA", "POL LTU LVA EST FIN ROU SVK HUN NOR",
       frozenset({"land"}), by_destination=True),
    _r("Darién", "COL", "PAN", _SURFACE, by_destination=True),
    _r("US–Mexico border", "MEX", "USA", _SURFACE),
    _r("Caribbean to the US", "CUB HTI DOM BHS JAM", "USA", frozenset({"sea"})),
    _r("Central American route", "GTM HND SLV NIC", "MEX", _SURFACE),
    _r("Sahara crossing", "NER MLI TCD SDN BFA", "LBY DZA TUN MAR EGY", frozenset({"land"})),
    _r("Eastern Route (Horn of Africa – Yemen – Gulf)", "ETH SOM DJI ERI YEM", "YEM SAU OMN",
       _SURFACE, by_destination=True),
    _r("Afghanistan – Iran", "AFG", "IRN", _SURFACE),
    _r("Iran – Türkiye", "IRN", "TUR", _SURFACE),
    _r("Southern Route (to Southern Africa)", "ETH SOM KEN TZA MOZ MWI ZWE", "ZAF", _SURFACE),
    _r("Bay of Bengal and Andaman Sea", "MMR BGD", "MYS IDN THA", frozenset({"sea"}),
       by_destination=False),
)  # fmt: skip


def _mode_fits(mode: str, rule: RegionalRoute) -> bool:
    return mode == UNKNOWN or mode in rule.modes


def name_route(
    path: tuple[str, ...] | list[str],
    mode: str,
    *,
    lat: float = float("nan"),
    lon: float = float("nan"),
    rules: tuple[RegionalRoute, ...] = REGIONAL_ROUTES,
) -> str | None:
    """Name the regional route a country path belongs to, or ``None``.

    Parameters
    ----------
    path : sequence of str
        ISO3 countries in route order.
    mode : str
        ``sea``, ``land``, ``air`` or ``unknown``.
    lat, lon : float, optional
        Median detection location (degrees), for the place rules.
    rules : tuple of RegionalRoute, default=REGIONAL_ROUTES
        The rule table.

    Returns
    -------
    str or None

    Examples
    --------
    >>> name_route(["NGA", "NER", "LBY", "ITA"], "sea")
    'Central Mediterranean'
    >>> name_route(["NGA", "NER", "LBY"], "land")
    'Sahara crossing'
    >>> name_route(["MAR", "ESP"], "sea", lat=28.1, lon=-15.4)  # Canary Islands
    'Western African / Atlantic'
    >>> name_route(["ITA"], "sea")
    'Central Mediterranean'
    >>> name_route(["FRA", "DEU"], "land") is None
    True
    """
    path = list(path)
    if not path:
        return None
    last = path[-1]
    if np.isfinite(lat) and np.isfinite(lon):
        for rule in rules:
            if rule.bbox is None or not _mode_fits(mode, rule):
                continue
            la0, la1, lo0, lo1 = rule.bbox
            if la0 <= lat <= la1 and lo0 <= lon <= lo1 and (not rule.to or last in rule.to):
                return rule.name
    legs = list(pairwise(path))[::-1]
    for a, b in legs:
        for rule in rules:
            if rule.bbox is None and a in rule.from_ and b in rule.to and _mode_fits(mode, rule):
                return rule.name
    if len(path) == 1:
        for rule in rules:
            if rule.by_destination and last in rule.to and _mode_fits(mode, rule):
                return rule.name
    return None


def regional_routes_table() -> pd.DataFrame:
    """Return the rule table as a DataFrame (for documentation and reports).

    Examples
    --------
    >>> regional_routes_table().columns.tolist()
    ['name', 'from', 'to', 'modes', 'bbox', 'by_destination']
    """
    return pd.DataFrame(
        {
            "name": [r.name for r in REGIONAL_ROUTES],
            "from": [" ".join(sorted(r.from_)) for r in REGIONAL_ROUTES],
            "to": [" ".join(sorted(r.to)) for r in REGIONAL_ROUTES],
            "modes": [" ".join(sorted(r.modes)) for r in REGIONAL_ROUTES],
            "bbox": [r.bbox for r in REGIONAL_ROUTES],
            "by_destination": [r.by_destination for r in REGIONAL_ROUTES],
        }
    )
