"""Countries' centroids, areas and outlines, read once from the ``countryinfo`` package.

Private: :mod:`trendlib.clean.geo` checks swapped coordinates against the outlines and
:mod:`trendlib.viz.routes` draws them and places corridors on the centroids; both read
the same maintained source (Natural Earth outlines shipped with ``countryinfo``) through
this module, so it is loaded once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

__all__ = ["country_infos", "polygons"]


@functools.cache
def country_infos() -> tuple[dict[str, Any], ...]:
    """Return the ``info()`` dict of every country in ``countryinfo`` (cached).

    Examples
    --------
    >>> any((c.get("ISO") or {}).get("alpha3") == "ITA" for c in country_infos())
    True
    """
    from countryinfo import all_countries  # maintained source of outlines and areas

    return tuple(dict(c.info()) for c in all_countries())


def polygons(info: dict[str, Any]) -> Iterator[list[list[list[float]]]]:
    """Yield each polygon of a country's outline: its rings of ``[lon, lat]`` pairs.

    A ``MultiPolygon`` gives one polygon per part (Sicily apart from the mainland); the
    first ring of a polygon is its outer boundary. Nothing for a country without one.

    Examples
    --------
    >>> ita = next(c for c in country_infos() if (c.get("ISO") or {}).get("alpha3") == "ITA")
    >>> sum(1 for _ in polygons(ita)) > 1
    True
    """
    geo = info.get("geoJSON")
    for feature in geo.get("features", []) if isinstance(geo, dict) else []:
        geom = feature.get("geometry") or {}
        polys = geom.get("coordinates", [])
        yield from polys if geom.get("type") == "MultiPolygon" else [polys]
