"""Hotspots: density clusters of detection locations on the sphere, parameters in km.

Method (why it is fast): the located records are first snapped to equal-area-ish
cells of ``cell_km`` (default a tenth of ``eps_km``, at least 2.5 km: latitude bands
of fixed height, longitude steps widened by 1/cos(latitude)). The unique cells, placed at the mean
of their points and weighted by their record counts, are clustered by DBSCAN on the
sphere (great-circle distance, cell weights as ``sample_weight``), and each record
takes its cell's label. A million records fall in a few thousand cells (a few
hundred thousand on diffuse data), so the neighbourhood queries cost what the cells
cost. The result equals DBSCAN on the points moved to their cell centre (at most
``cell_km`` away). The DBSCAN step gives exactly the labels of scikit-learn's
``DBSCAN(metric="haversine")`` with ``sample_weight``, but lists the pairs of cells
with SciPy's k-d tree and does the rest with array operations
(:func:`_weighted_dbscan`; on the diffuse benchmark, 200k cells, ~3.5x faster than
scikit-learn's and with less memory).

Default parameters come from the data:

* ``min_records`` (the smallest hotspot, in records) is a share of the located
  records, ``max(5, ceil(0.0005 × located records))``, so a hotspot is a real
  concentration whatever the size of the extract (the 0.05 % was set after seeing
  a grid scored on IOM's route labels: see ``benchmarks/RESULTS.md``);
* ``eps_km`` is the knee of the sorted k-distance curve (Ester et al. 1996, §4.2;
  knee found as in Satopää et al. 2011, "Kneedle"), with ``k = min_records``: for
  every record, the distance within which ``k`` records lie (records snapped to
  cells of :data:`SCALE_CELL_KM`), sorted; the knee separates the records that sit
  in dense places from the sparse tail, and its distance is the radius at which
  the dense places become DBSCAN cores (:func:`knee_eps_km`). This rule was chosen
  on synthetic point sets, before it was scored on any real labels.

Records without usable coordinates are unassigned (``cluster = -1``,
``hotspot_id`` NA), never dropped; so is noise.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.sparse import coo_array
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree
from sklearn.base import BaseEstimator, ClusterMixin

from trendlib.errors import DataContractError, NotFittedError, ParameterError
from trendlib.routes._common import (
    EARTH_RADIUS_KM,
    check_number,
    check_records,
    dates_of,
    haversine_km,
    mode_of,
    persons_of,
    spherical_mean,
)
from trendlib.routes.features import ROUTE_COLUMNS, route_table

__all__ = [
    "HOTSPOT_ASSIGNMENT_COLUMNS",
    "HOTSPOT_COLUMNS",
    "SCALE_CELL_KM",
    "SCALE_SAMPLE",
    "HotspotFinder",
    "Hotspots",
    "find_hotspots",
    "knee_eps_km",
    "snap_to_cells",
]

#: Columns of ``Hotspots.assignments``.
HOTSPOT_ASSIGNMENT_COLUMNS = ("record_id", "cluster", "hotspot_id")

#: Columns of ``Hotspots.hotspots``.
HOTSPOT_COLUMNS = (
    "hotspot_id",
    "cluster",
    "records",
    "persons",
    "lat",
    "lon",
    "radius_km",
    "first_seen",
    "last_seen",
    "main_country",
    "main_route",
)

_KM_PER_DEG = math.pi * EARTH_RADIUS_KM / 180.0

#: Cell size (km) at which :func:`knee_eps_km` measures k-distances: the resolution
#: of the data-driven ``eps_km`` (a chosen eps is never below it).
SCALE_CELL_KM = 5.0

#: Points at most on which :func:`knee_eps_km` measures the k-distance curve; larger
#: inputs are thinned to this many (an even sample in latitude/longitude order) with
#: ``k`` scaled down in proportion, so that the cost stays bounded on diffuse data.
SCALE_SAMPLE = 100_000

#: Neighbour rows held at once while measuring k-distances (bounds memory).
_QUERY_BLOCK = 2_000_000

#: Cells at least per latitude slab while listing the pairs of cells within ``eps_km``
#: (:func:`_pairs_within`): the pairs of one slab are listed at once (bounds memory).
_SLAB_CELLS = 8_192

#: Relative slack on the chord radius of the pair search: pairs this close to ``eps``
#: are decided with scikit-learn's own haversine formula (:func:`_pairs_within`).
_EDGE_SLACK = 1e-9


@dataclass(frozen=True)
class Hotspots:
    """Hotspots found by :func:`find_hotspots`.

    Attributes
    ----------
    assignments : DataFrame
        One row per input record, input order: ``record_id``, ``cluster`` (``-1`` =
        noise or no coordinates), ``hotspot_id`` (NA for ``-1``).
    hotspots : DataFrame
        One row per hotspot, largest first (:data:`HOTSPOT_COLUMNS`): stable
        ``hotspot_id``, ``records``, ``persons``, centroid ``lat``/``lon`` (mean
        of its cells weighted by their records),
        ``radius_km`` (distance from the centroid to the farthest member cell),
        first and last event date, the most frequent ``detection_country`` and
        route (``route_label`` if the records have one, else the country path).
    n_unlocated : int
        Records without usable coordinates (missing or out of range).
    eps_km : float
        Neighbourhood radius used (given, or chosen from the data; NaN when fewer
        located records than ``min_records``, so no hotspot was possible).
    min_records : int
        Smallest hotspot core weight used.
    """

    assignments: pd.DataFrame
    hotspots: pd.DataFrame
    n_unlocated: int = 0
    eps_km: float = math.nan
    min_records: int = 0

    @property
    def n_noise(self) -> int:
        """Located records that belong to no hotspot."""
        return int((self.assignments["cluster"] < 0).sum()) - self.n_unlocated


def snap_to_cells(lat: np.ndarray, lon: np.ndarray, *, cell_km: float) -> np.ndarray:
    """Integer cell key of each point: bands of ``cell_km`` height, lon step widened by 1/cos(lat).

    Parameters
    ----------
    lat, lon : ndarray of float
        Degrees, finite.
    cell_km : float
        Cell size in kilometres.

    Returns
    -------
    ndarray of int64

    Examples
    --------
    >>> keys = snap_to_cells(np.array([0.0, 0.01, 1.0]), np.array([0.0, 0.01, 1.0]), cell_km=10)
    >>> bool(keys[0] == keys[1]), bool(keys[1] == keys[2])
    (True, False)
    """
    dlat = cell_km / _KM_PER_DEG
    iy = np.floor((np.asarray(lat, float) + 90.0) / dlat)
    centre = np.radians(-90.0 + (iy + 0.5) * dlat)
    dlon = np.minimum(dlat / np.maximum(np.cos(centre), 1e-6), 360.0)
    ix = np.floor((np.asarray(lon, float) + 180.0) / dlon)
    return (iy.astype(np.int64) * 100_000 + ix.astype(np.int64)).astype(np.int64)


def _weighted_kdist_km(lat: np.ndarray, lon: np.ndarray, w: np.ndarray, k: int) -> np.ndarray:
    """Distance (km) from each weighted point to its k-th record (its own weight counts).

    Nearest neighbours come from a k-d tree on unit vectors (chord distance, same
    order as great-circle distance). Heavy cells reach ``k`` records within a few
    neighbours, so neighbours are asked for in growing batches and only for the
    cells not yet done. The first batch is ``k`` neighbours (at least 16, at most
    64): cells weigh at least one record each, so with the default ``min_records``
    (``k`` <= 50 on the thinned sample) one batch serves every cell, where batches
    of 16 then 64 queried most light cells twice. The batch sizes do not change the
    result: a query for more neighbours returns the same nearest ones first.
    ``inf`` when all the data weigh less than ``k``.
    """
    phi, lam = np.radians(lat), np.radians(lon)
    xyz = np.c_[np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)]
    tree = cKDTree(xyz)
    n = len(w)
    out = np.full(n, np.inf)
    todo = np.arange(n)
    kk = min(n, max(16, min(math.ceil(k), 64)))
    while todo.size:
        left = []
        for block in np.array_split(todo, 1 + todo.size * kk // _QUERY_BLOCK):
            d, i = tree.query(xyz[block], k=kk)
            d, i = d.reshape(len(block), kk), i.reshape(len(block), kk)
            cw = np.cumsum(w[i], axis=1)
            ok = cw[:, -1] >= k
            first = np.argmax(cw >= k, axis=1)
            out[block[ok]] = d[ok, first[ok]]
            left.append(block[~ok])
        todo = np.concatenate(left)
        if kk == n:
            break
        kk = min(n, kk * 4)
    done = np.isfinite(out)
    out[done] = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.minimum(out[done] / 2.0, 1.0))
    return out


def _lat_lon_order(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Return the indices that sort the points by latitude, then longitude (ties: input order).

    The same permutation as ``np.lexsort((lon, lat))`` in about half the time: NumPy
    sorts complex numbers lexicographically (real part, then imaginary part), so one
    stable sort of ``lat + i·lon`` replaces lexsort's two stable passes (1M points:
    ~0.25 s instead of ~0.5 s). Finite input only (NaN sorts differently).
    """
    key = np.empty(len(lat), dtype=np.complex128)
    key.real = lat
    key.imag = lon
    return np.argsort(key, kind="stable")


def knee_eps_km(
    lat: np.ndarray, lon: np.ndarray, *, k: int, scale_cell_km: float = SCALE_CELL_KM
) -> float:
    """Data-driven DBSCAN radius: the knee of the sorted k-distance curve, in km.

    Each point's k-distance is the radius of the smallest disc around it that
    holds ``k`` points (itself included). Sorted, these distances stay low over the
    points of dense places and shoot up over the sparse tail; the knee of that
    curve is the radius at which the dense places, and not the tail, become DBSCAN
    cores (the "sorted k-dist graph" of Ester et al. 1996). The knee is the point
    farthest below the chord of the curve once both axes are scaled to [0, 1]
    (Satopää et al. 2011, "Kneedle"). Points are first snapped to cells of
    ``scale_cell_km`` and weighted by their counts, so a million points cost what
    their cells cost; the result is never below ``scale_cell_km``. Beyond
    :data:`SCALE_SAMPLE` points, the curve is measured on an even sample of that
    size with ``k`` scaled down in proportion (same density threshold).

    Parameters
    ----------
    lat, lon : ndarray of float
        Degrees, finite.
    k : int
        Points that make a dense place (``min_records`` of :func:`find_hotspots`).
    scale_cell_km : float, default=SCALE_CELL_KM
        Resolution of the measure.

    Returns
    -------
    float
        Radius in km; NaN when there are fewer than ``k`` points.

    Raises
    ------
    ParameterError
        If ``k`` is not a whole number >= 1 or ``scale_cell_km`` is not positive.
    DataContractError
        If ``lat`` and ``lon`` differ in length, or hold a value that is not a finite
        coordinate (drop or fix those rows first, e.g. with :func:`trendlib.clean_records`).

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> lat = np.r_[rng.normal(36, 0.1, 200), rng.normal(40, 0.1, 200), rng.uniform(-50, 50, 20)]
    >>> lon = np.r_[rng.normal(14, 0.1, 200), rng.normal(26, 0.1, 200), rng.uniform(-150, 150, 20)]
    >>> 5 <= knee_eps_km(lat, lon, k=10) < 100
    True
    """
    if isinstance(k, bool) or int(k) != k or k < 1:
        raise ParameterError(f"k must be a whole number >= 1 (points of a dense place), got {k!r}.")
    if not scale_cell_km > 0:
        raise ParameterError(f"scale_cell_km must be a positive distance, got {scale_cell_km!r}.")
    lat, lon = np.asarray(lat, float).ravel(), np.asarray(lon, float).ravel()
    if len(lat) != len(lon):
        raise DataContractError(
            f"lat and lon must have one value per point: got {len(lat)} and {len(lon)}."
        )
    bad = ~(np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180))
    if bad.any():
        raise DataContractError(
            f"{int(bad.sum())} point(s) are not finite coordinates in range (first at position "
            f"{int(np.flatnonzero(bad)[0])}): drop or fix them first (clean_records does)."
        )
    k = int(k)
    if len(lat) < k:
        return math.nan
    if len(lat) > SCALE_SAMPLE:  # even, order-free thinning; k in proportion
        order = _lat_lon_order(lat, lon)
        take = order[(np.arange(SCALE_SAMPLE) * (len(lat) / SCALE_SAMPLE)).astype(np.int64)]
        k = max(2, round(k * SCALE_SAMPLE / len(lat)))
        lat, lon = lat[take], lon[take]
    cell, inv, counts = np.unique(
        snap_to_cells(lat, lon, cell_km=scale_cell_km), return_inverse=True, return_counts=True
    )
    clat, clon = spherical_mean(lat, lon, np.ones(len(lat)), inv.ravel(), len(cell))
    kd = _weighted_kdist_km(clat, clon, counts.astype(float), k)
    order = np.argsort(kd, kind="stable")
    y = np.maximum(kd[order], scale_cell_km)
    x = np.cumsum(counts[order]) / counts.sum()  # share of points at or below this distance
    if len(y) < 3 or y[-1] <= y[0]:
        return float(y[0])
    xn = (x - x[0]) / (x[-1] - x[0])
    yn = (y - y[0]) / (y[-1] - y[0])
    return float(y[int(np.argmax(xn - yn))])


def _default_cell_km(eps_km: float) -> float:
    """Snapping cell: ``eps_km / 10``, not below ``SCALE_CELL_KM / 2`` nor above ``eps_km / 2``.

    The floor keeps small radii fast (cells of 0.5 km at eps 5 km would leave a
    million points in hundreds of thousands of cells) at the resolution the
    data-driven radius is measured at anyway.
    """
    return min(eps_km / 2.0, max(eps_km / 10.0, SCALE_CELL_KM / 2.0))


def _pairs_within(
    phi: np.ndarray, lam: np.ndarray, theta: float
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Every pair of points within angle ``theta`` (radians) of each other, once, in chunks.

    Parameters
    ----------
    phi, lam : ndarray of float
        Latitude and longitude in radians.
    theta : float
        Angular radius (``eps`` in radians).

    Yields
    ------
    i, j : ndarray of int32
        Point indices of the pairs of one chunk (int64 beyond 2**31 points; ``i !=
        j``: a point is not paired with itself). Every pair comes once, in no
        particular order.

    Notes
    -----
    Why not scikit-learn's ``DBSCAN``: its ``radius_neighbors`` (ball tree,
    haversine) builds one neighbour array per point, then ``DBSCAN`` sums their
    weights in a Python loop over the points; on the 200k cells of the diffuse
    benchmark (1M records, eps 100 km, 11M pairs) that took ~7 s, 5.5 s of it the
    neighbour lists and 2.5 s the loop. SciPy's ``cKDTree.query_pairs`` lists each
    pair once, in C++, on unit vectors with the chord distance, which orders pairs as
    the great-circle distance does (``chord = 2 sin(angle / 2)``), across the
    antimeridian and near the poles alike: ~0.7 s with the checks below. Two
    details are hand-written because no library call does them:

    * memory: the points are cut into latitude slabs of at least
      :data:`_SLAB_CELLS` points and at least ``theta`` high, each searched with the
      ``theta``-high band above it, so only one slab's pairs are held at once. A
      pair is kept by the slab holding its lower point (the band above a slab lies
      inside the next slab, so no pair comes twice, and none is missed: two points
      within ``theta`` differ by at most ``theta`` in latitude);
    * ties at the radius: pairs whose chord lies within :data:`_EDGE_SLACK` of the
      radius are decided with scikit-learn's own haversine test (``sin²(Δφ/2) +
      cos φ₁ cos φ₂ sin²(Δλ/2) <= sin²(theta/2)``, same operations in the same
      order), so rounding at the boundary falls as in ``DBSCAN(metric="haversine")``.

    A radius beyond half the Earth's circumference (``theta > pi``) pairs all points
    (scikit-learn's haversine ball tree is not consistent there: its neighbour lists
    are not even symmetric).
    """
    n = len(phi)
    if n < 2:
        return
    cos_phi = np.cos(phi)
    xyz = np.array([cos_phi * np.cos(lam), cos_phi * np.sin(lam), np.sin(phi)])  # 3 x n
    everything = theta > math.pi
    chord = 2.0 * math.sin(min(theta, math.pi) / 2.0)
    slack = _EDGE_SLACK * chord + 1e-12  # >> rounding of unit-vector chords (~1e-16)
    sure2 = (chord - slack) ** 2  # chord² at or below this: within theta by any formula
    half_sin2 = math.sin(0.5 * theta) ** 2  # scikit-learn's _dist_to_rdist(theta)
    dphi = theta * (1.0 + _EDGE_SLACK) + 1e-12
    order = np.argsort(phi, kind="stable").astype(np.int32 if n < 2**31 else np.int64)
    sphi = phi[order]
    a = 0
    while a < n:  # one latitude slab [a, b) per round, searched with the band [b, c)
        b = max(a + _SLAB_CELLS, int(np.searchsorted(sphi, sphi[a] + dphi, side="right")))
        b = min(b, n)
        c = max(b, int(np.searchsorted(sphi, sphi[b - 1] + dphi, side="right")))
        ids = order[a:c]
        x, y, z = local = xyz[:, ids]
        pairs = cKDTree(local.T).query_pairs(chord + slack, output_type="ndarray")
        u, v = pairs[:, 0], pairs[:, 1]
        keep = u < b - a  # i < j: keep the pairs whose lower point lies in this slab
        u, v = u[keep], v[keep]
        del pairs, keep
        if not everything:
            d2 = (x[u] - x[v]) ** 2
            d2 += (y[u] - y[v]) ** 2
            d2 += (z[u] - z[v]) ** 2
            edge = np.flatnonzero(d2 > sure2)
            del d2
            if edge.size:  # decide these as scikit-learn does
                gi, gj = ids[u[edge]], ids[v[edge]]
                s0 = np.sin(0.5 * (phi[gi] - phi[gj]))
                s1 = np.sin(0.5 * (lam[gi] - lam[gj]))
                rdist = s0 * s0 + np.cos(phi[gi]) * np.cos(phi[gj]) * s1 * s1
                out = edge[rdist > half_sin2]
                if out.size:
                    keep = np.ones(len(u), dtype=bool)
                    keep[out] = False
                    u, v = u[keep], v[keep]
        yield ids[u], ids[v]
        a = b


def _weighted_dbscan(
    lat: np.ndarray, lon: np.ndarray, weight: np.ndarray, *, eps_km: float, min_weight: int
) -> np.ndarray:
    """DBSCAN labels of weighted points on the sphere, as scikit-learn's, from the pairs list.

    Gives the labels of ``sklearn.cluster.DBSCAN(eps=eps_km / EARTH_RADIUS_KM,
    min_samples=min_weight, metric="haversine").fit(np.radians(np.c_[lat, lon]),
    sample_weight=weight).labels_``, numbering included, in a fraction of the time
    and memory (diffuse benchmark, 200k cells, 11M pairs: ~2 s and +135 MB instead
    of ~7 s and +220 MB, CPU time and peak resident memory).

    Parameters
    ----------
    lat, lon : ndarray of float
        Degrees, finite.
    weight : ndarray of int
        Records per point (whole numbers, so the sums are exact as in scikit-learn).
    eps_km : float
        Neighbourhood radius in km (inclusive, the point itself counts).
    min_weight : int
        Weight within ``eps_km`` that makes a core point.

    Returns
    -------
    ndarray of int64
        Cluster per point, ``-1`` = noise.

    Notes
    -----
    Why not scikit-learn: see :func:`_pairs_within`; the pairs come from there and
    the rest is array work that reproduces scikit-learn's result exactly:

    * core points: weight within ``eps`` (own weight included) ``>= min_weight``;
    * clusters: connected components of the graph of core points linked by the
      pairs (SciPy ``csgraph``). The pairs are kept per chunk as int32 (8 bytes a
      pair); the components are merged chunk by chunk (``comp`` maps every point to
      its component over the chunks seen so far), so only one chunk's graph is
      built at a time;
    * numbering: scikit-learn grows clusters in the order of their lowest-index
      core point (``dbscan_inner`` scans the points in order), so cluster ``c`` is
      the component with the ``c``-th smallest lowest core index;
    * a non-core point next to core points joins the cluster grown first among
      them, i.e. the smallest cluster number among its core neighbours (the
      depth-first growth labels it when the first such cluster reaches it).
    """
    n = len(lat)
    phi, lam = np.radians(lat), np.radians(lon)
    theta = eps_km / EARTH_RADIUS_KM  # the radius scikit-learn was given
    w = np.asarray(weight, dtype=float)
    total = w.copy()  # the point itself is within eps
    chunks = []
    for i, j in _pairs_within(phi, lam, theta):
        total += np.bincount(i, weights=w[j], minlength=n)
        total += np.bincount(j, weights=w[i], minlength=n)
        chunks.append((i, j))
    core = total >= min_weight
    labels = np.full(n, -1, dtype=np.int64)
    if not core.any():
        return labels
    # components of the core graph, merged chunk by chunk: comp maps a point to the
    # component it belongs to over the chunks seen so far (a node id < n)
    comp = np.arange(n)
    for i, j in chunks:
        both = core[i] & core[j]
        if both.any():
            graph = coo_array(
                (np.ones(int(both.sum()), dtype=np.int8), (comp[i[both]], comp[j[both]])),
                shape=(n, n),
            )
            comp = connected_components(graph, directed=True, connection="weak")[1][comp]
    cores = np.flatnonzero(core)
    _, first, which = np.unique(comp[cores], return_index=True, return_inverse=True)
    number = np.empty(len(first), dtype=np.int64)
    number[np.argsort(first, kind="stable")] = np.arange(len(first))
    labels[cores] = number[which.ravel()]
    # border points: smallest cluster number among their core neighbours
    big = np.iinfo(np.int64).max
    border = np.full(n, big, dtype=np.int64)
    for i, j in chunks:
        ci, cj = core[i], core[j]
        one = ci != cj
        if one.any():
            np.minimum.at(border, np.where(ci, j, i)[one], labels[np.where(ci, i, j)[one]])
    reached = border < big
    labels[reached] = border[reached]
    return labels


def _empty_hotspots() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="float64") for c in HOTSPOT_COLUMNS})
    for col in ("hotspot_id", "main_country", "main_route"):
        frame[col] = frame[col].astype("string")
    for col in ("cluster", "records"):
        frame[col] = frame[col].astype("int64")
    for col in ("first_seen", "last_seen"):
        frame[col] = frame[col].astype("datetime64[ns]")
    return frame


def _hotspot_ids(lat: np.ndarray, lon: np.ndarray, country: np.ndarray) -> list[str]:
    """``HOT-<country>-<lat><N|S><lon><E|W>`` from the heaviest cell, whole degrees.

    The country part is left out when the records name no detection country; a
    repeated id (two hotspots peaking in the same degree cell) gets ``-2``, ``-3``...
    """
    ids = []
    seen: dict[str, int] = {}
    for la, lo, c in zip(np.round(lat, 6), np.round(lon, 6), country, strict=True):
        ns = "N" if la >= 0 else "S"
        ew = "E" if lo >= 0 else "W"
        place = f"{abs(int(np.floor(la))):02d}{ns}{abs(int(np.floor(lo))):03d}{ew}"
        base = f"HOT-{c}-{place}" if c else f"HOT-{place}"
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


class HotspotFinder(ClusterMixin, BaseEstimator):
    """Density clusters of detection locations (DBSCAN on weighted km cells).

    Parameters
    ----------
    eps_km : float, optional
        Neighbourhood radius in kilometres. Default: chosen from the data, the knee
        of the sorted ``min_records``-distance curve (:func:`knee_eps_km`).
    min_records : int, optional
        Records (weight) within ``eps_km`` that make a cell a core of a hotspot.
        Default ``max(5, ceil(min_share × located records))``.
    min_share : float, default=0.0005
        Share of located records used for the default ``min_records``.
    cell_km : float, optional
        Snapping cell size; default ``eps_km / 10`` (at least 2.5 km, at most
        ``eps_km / 2``). Smaller = closer to DBSCAN on the raw points, slower.

    Attributes
    ----------
    labels_ : ndarray of int
        Hotspot cluster per record (``-1`` = noise or no coordinates).
    eps_km_ : float
        The ``eps_km`` used (NaN when fewer located records than ``min_records``).
    min_records_ : int
        The ``min_records`` used.
    result_ : Hotspots

    See Also
    --------
    find_hotspots : The function form.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> recs = pd.DataFrame({
    ...     "record_id": [f"r{i}" for i in range(41)],
    ...     "lat": np.r_[rng.normal(35.5, 0.05, 20), rng.normal(35.5, 0.05, 20), 0.0],
    ...     "lon": np.r_[rng.normal(12.0, 0.05, 20), rng.normal(13.1, 0.05, 20), 0.0],
    ... })
    >>> HotspotFinder(eps_km=30).fit(recs).result_.hotspots["records"].tolist()
    [20, 20]
    """

    def __init__(
        self,
        eps_km: float | None = None,
        *,
        min_records: int | None = None,
        min_share: float = 0.0005,
        cell_km: float | None = None,
    ) -> None:
        self.eps_km = eps_km
        self.min_records = min_records
        self.min_share = min_share
        self.cell_km = cell_km

    def fit(self, X: pd.DataFrame, y: object = None) -> HotspotFinder:
        """Find the hotspots of the record frame ``X``.

        Parameters
        ----------
        X : DataFrame
            Record frame with ``record_id``, ``lat``, ``lon``. Not modified.
        y : None
            Ignored.

        Returns
        -------
        HotspotFinder
            ``self``, fitted.
        """
        if self.eps_km is not None:
            check_number("eps_km", self.eps_km, low=0, inclusive_low=False)
        check_number("min_share", self.min_share, low=0, high=1)
        if self.min_records is not None:
            check_number("min_records", self.min_records, low=1, integer=True)
        if self.cell_km is not None:
            check_number("cell_km", self.cell_km, low=0, inclusive_low=False)
        records = check_records(X, what="find_hotspots")
        if "lat" not in records.columns or "lon" not in records.columns:
            raise DataContractError(
                "find_hotspots needs the detection location in columns 'lat' and 'lon' "
                f"(WGS84 degrees), but the frame has {list(records.columns)[:12]}; parse a "
                "'lat, lon' text column with trendlib.clean_records first."
            )
        n = len(records)
        lat = pd.to_numeric(records["lat"], errors="coerce").to_numpy(float)
        lon = pd.to_numeric(records["lon"], errors="coerce").to_numpy(float)
        located = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
        n_loc = int(located.sum())
        min_records = (
            int(self.min_records)
            if self.min_records is not None
            else max(5, math.ceil(self.min_share * n_loc))
        )
        labels = np.full(n, -1, dtype=np.int64)
        hotspots = _empty_hotspots()
        eps_km = math.nan
        if n_loc >= min_records:  # else no cell can weigh min_records: all noise
            la, lo = lat[located], lon[located]
            eps_km = (
                float(self.eps_km)
                if self.eps_km is not None
                else knee_eps_km(la, lo, k=min_records)
            )
            cell_km = float(self.cell_km) if self.cell_km is not None else _default_cell_km(eps_km)
            cell, inv, counts = np.unique(
                snap_to_cells(la, lo, cell_km=cell_km), return_inverse=True, return_counts=True
            )
            inv = inv.ravel()
            clat, clon = spherical_mean(la, lo, np.ones(n_loc), inv, len(cell))
            cell_label = _weighted_dbscan(clat, clon, counts, eps_km=eps_km, min_weight=min_records)
            k = int(cell_label.max()) + 1
            if k > 0:
                size = np.bincount(
                    cell_label[cell_label >= 0], weights=counts[cell_label >= 0], minlength=k
                )
                # heaviest cell of each cluster: its location names the hotspot
                frame = pd.DataFrame({"c": cell_label, "w": counts, "i": np.arange(len(cell))})
                heavy = (
                    frame[frame["c"] >= 0]
                    .sort_values(["c", "w", "i"], ascending=[True, False, True], kind="stable")
                    .drop_duplicates("c")["i"]
                    .to_numpy()
                )
                order = sorted(range(k), key=lambda c: (-size[c], clat[heavy[c]], clon[heavy[c]]))
                relabel = np.full(k + 1, -1, dtype=np.int64)
                relabel[np.array(order)] = np.arange(k)
                cell_label = relabel[cell_label]  # -1 stays -1 (index -1 = last = -1)
                labels[located] = cell_label[inv]
                hotspots = self._summary(
                    records, labels, lat, lon, cell_label, clat, clon, counts, heavy[order]
                )
        ids = hotspots["hotspot_id"].tolist()
        self.assignments_ = pd.DataFrame(
            {
                "record_id": records["record_id"].astype("string").reset_index(drop=True),
                "cluster": labels,
                "hotspot_id": pd.array(ids, dtype="string").take(labels, allow_fill=True),
            }
        )
        self.labels_ = labels
        self.eps_km_ = eps_km
        self.min_records_ = min_records
        self.result_ = Hotspots(
            self.assignments_,
            hotspots,
            n_unlocated=n - n_loc,
            eps_km=eps_km,
            min_records=min_records,
        )
        return self

    @staticmethod
    def _summary(
        records: pd.DataFrame,
        labels: np.ndarray,
        lat: np.ndarray,
        lon: np.ndarray,
        cell_label: np.ndarray,
        clat: np.ndarray,
        clon: np.ndarray,
        counts: np.ndarray,
        heavy: np.ndarray,
    ) -> pd.DataFrame:
        k = int(labels.max()) + 1
        ok = labels >= 0
        g = labels[ok]
        member = cell_label >= 0
        # centroid: count-weighted mean of the member cells (each at the mean of its points)
        mlat, mlon = spherical_mean(
            clat[member], clon[member], counts[member].astype(float), cell_label[member], k
        )
        dist = haversine_km(
            clat[member], clon[member], mlat[cell_label[member]], mlon[cell_label[member]]
        )
        radius = pd.Series(dist).groupby(cell_label[member]).max().reindex(range(k)).to_numpy()
        dates = pd.Series(dates_of(records).to_numpy()[ok]).groupby(g)
        country = (
            mode_of(records["detection_country"].astype("string"), labels, k)
            if "detection_country" in records.columns
            else np.full(k, None, dtype=object)
        )
        if "route_label" in records.columns:
            route = mode_of(records["route_label"].astype("string"), labels, k)
        elif any(c in records.columns for c in ROUTE_COLUMNS):
            tab = route_table(records, summarise=False)
            keys = (
                tab.routes["route"].str.replace("|", " → ", regex=False)
                + " ("
                + tab.routes["mode"]
                + ")"
            )
            per_record = pd.Series(
                np.where(
                    tab.codes >= 0,
                    keys.to_numpy(dtype=object)[np.maximum(tab.codes, 0)] if len(keys) else None,
                    None,
                )
            )
            route = mode_of(per_record, labels, k)
        else:
            route = np.full(k, None, dtype=object)
        ids = _hotspot_ids(clat[heavy], clon[heavy], country)
        out = pd.DataFrame(
            {
                "hotspot_id": pd.array(ids, dtype="string"),
                "cluster": np.arange(k, dtype=np.int64),
                "records": np.bincount(g, minlength=k).astype(np.int64),
                "persons": np.bincount(g, weights=persons_of(records)[ok], minlength=k),
                "lat": mlat,
                "lon": mlon,
                "radius_km": radius,
                "first_seen": pd.to_datetime(dates.min().reindex(range(k))).to_numpy(),
                "last_seen": pd.to_datetime(dates.max().reindex(range(k))).to_numpy(),
                "main_country": pd.array(country, dtype="string"),
                "main_route": pd.array(route, dtype="string"),
            }
        )
        for col in ("first_seen", "last_seen"):
            out[col] = out[col].astype("datetime64[ns]")
        return out

    @property
    def n_hotspots_(self) -> int:
        """Number of hotspots found."""
        if not hasattr(self, "result_"):
            raise NotFittedError("this HotspotFinder is not fitted yet; call fit(records) first.")
        return len(self.result_.hotspots)


def find_hotspots(
    records: pd.DataFrame,
    *,
    eps_km: float | None = None,
    min_records: int | None = None,
    min_share: float = 0.0005,
    cell_km: float | None = None,
) -> Hotspots:
    """Find hotspots: dense places of detection, on the sphere, in kilometres.

    Parameters
    ----------
    records : DataFrame
        Record frame with ``record_id``, ``lat``, ``lon`` (degrees); ``n_persons``,
        ``event_date``, ``detection_country``, ``route_label`` or the country
        columns are used for the summary when present. Not modified.
    eps_km : float, optional
        Neighbourhood radius in kilometres. Default: chosen from the data, the knee
        of the sorted ``min_records``-distance curve (:func:`knee_eps_km`); the
        value used is ``Hotspots.eps_km``.
    min_records : int, optional
        Records within ``eps_km`` that make a core point; default
        ``max(5, ceil(min_share × located records))``.
    min_share : float, default=0.0005
        See ``min_records``.
    cell_km : float, optional
        Snapping cell; default ``eps_km / 10``, at least 2.5 km (at most ``eps_km / 2``).

    Returns
    -------
    Hotspots
        ``assignments`` (every record; ``-1`` = noise or no coordinates),
        ``hotspots`` (one row per hotspot), ``n_unlocated`` and the ``eps_km`` and
        ``min_records`` used.

    Raises
    ------
    DataContractError
        If ``lat``/``lon`` or ``record_id`` are missing, or ids repeat.
    ParameterError
        If a parameter is out of range.

    See Also
    --------
    HotspotFinder : The estimator form.
    knee_eps_km : The default radius.

    Notes
    -----
    Measured on IOM Missing Migrants incidents (``benchmarks/RESULTS.md``), hotspots
    from coordinates alone vs IOM's ``Migration Route`` labels: the defaults pick
    eps 177 km and score AMI 0.815 (IOM-GDI's coarser routes: 0.766). A fixed
    ``eps_km=150`` scores 0.866 (0.814) there, but 150 km was picked on those
    labels; pass it for regional hotspots in IOM-like data. The data-driven radius
    follows the scale of the data (a window of one region gets a finer radius).

    Examples
    --------
    >>> recs = pd.DataFrame({
    ...     "record_id": ["a", "b", "c", "d", "e", "f", "g"],
    ...     "lat": [35.5, 35.6, 35.5, 35.4, 35.5, 48.0, None],
    ...     "lon": [12.6, 12.5, 12.4, 12.5, 12.5, 2.0, None],
    ...     "detection_country": ["ITA"] * 5 + ["FRA", "ESP"],
    ... })
    >>> hot = find_hotspots(recs)
    >>> hot.hotspots[["hotspot_id", "records", "main_country"]]
            hotspot_id  records main_country
    0  HOT-ITA-35N012E        5          ITA
    >>> hot.assignments["cluster"].tolist(), hot.n_unlocated, hot.n_noise
    ([0, 0, 0, 0, 0, -1, -1], 1, 1)
    """
    model = HotspotFinder(eps_km, min_records=min_records, min_share=min_share, cell_km=cell_km)
    return model.fit(records).result_
