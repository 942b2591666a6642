"""Routes: corridors of similar routes, hotspots of detections, emerging-route signals.

* :func:`cluster_routes` / :class:`RouteClusterer` - corridors from country paths and modes;
* :func:`find_hotspots` / :class:`HotspotFinder` - density clusters of detection locations;
* :func:`emerging_routes`, :func:`emerging_hotspots` - a status per corridor/hotspot
  (new, intensifying, persistent, diminishing, sporadic, historical, no_pattern);
* :func:`name_route`, :data:`REGIONAL_ROUTES` - named regional routes (rule table).
"""

from __future__ import annotations

from trendlib.routes.corridors import RouteClusterer, RouteClusters, cluster_routes
from trendlib.routes.emerging import (
    STATUSES,
    classify_trends,
    cluster_series,
    emerging_hotspots,
    emerging_routes,
    mann_kendall,
)
from trendlib.routes.features import route_features, route_table
from trendlib.routes.hotspots import HotspotFinder, Hotspots, find_hotspots, knee_eps_km
from trendlib.routes.names import REGIONAL_ROUTES, name_route, regional_routes_table

__all__ = [
    "REGIONAL_ROUTES",
    "STATUSES",
    "HotspotFinder",
    "Hotspots",
    "RouteClusterer",
    "RouteClusters",
    "classify_trends",
    "cluster_routes",
    "cluster_series",
    "emerging_hotspots",
    "emerging_routes",
    "find_hotspots",
    "knee_eps_km",
    "mann_kendall",
    "name_route",
    "regional_routes_table",
    "route_features",
    "route_table",
]
