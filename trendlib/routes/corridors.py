"""Corridors: clusters of similar routes (country path + mode), with stable readable ids.

Records are reduced to their unique routes (:func:`~trendlib.routes.features.route_table`);
the routes are embedded as sparse token vectors (:func:`~trendlib.routes.features.route_features`)
and grouped by average-linkage agglomerative clustering on cosine distances
(scikit-learn). Above a few thousand distinct routes the merge is restricted to
each route's nearest neighbours (a sparse connectivity graph), so the cost stays
near-linear. The clusters are mapped back to the records with an integer code.

A corridor's id is derived from its **core route** (the member route with the most
records): ``COR-<from>-<to>-<mode>`` from the crossing where the core route was
detected (the country before the detection country, and the detection country),
e.g. ``COR-LBY-ITA-sea``. It does not depend on the cluster's index, so it stays
the same when data grow and other corridors appear. A smaller corridor whose core
route shares that crossing is told apart by the crime type, then by its path
(``COR-LBY-ITA-sea-trafficking``, ``COR-NGA-NER-LBY-ITA-sea-trafficking``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClusterMixin
from sklearn.cluster import AgglomerativeClustering

from trendlib.errors import NotFittedError
from trendlib.routes._common import check_number, check_records, dates_of, persons_of
from trendlib.routes.features import entry_leg, route_features, route_table
from trendlib.routes.names import name_route

__all__ = [
    "ASSIGNMENT_COLUMNS",
    "CORRIDOR_COLUMNS",
    "RouteClusterer",
    "RouteClusters",
    "cluster_routes",
]

#: Columns of ``RouteClusters.assignments``.
ASSIGNMENT_COLUMNS = ("record_id", "cluster", "corridor_id")

#: Columns of ``RouteClusters.corridors``.
CORRIDOR_COLUMNS = (
    "corridor_id",
    "cluster",
    "label",
    "route",
    "regional_route",
    "records",
    "persons",
    "n_routes",
    "first_seen",
    "last_seen",
    "main_origin",
    "main_destination",
    "main_mode",
)

#: Above this many distinct routes, merges are restricted to nearest neighbours.
_DENSE_LIMIT = 3000


@dataclass(frozen=True)
class RouteClusters:
    """Corridors found by :func:`cluster_routes`.

    Attributes
    ----------
    assignments : DataFrame
        One row per input record, input order: ``record_id``, ``cluster`` (int,
        ``-1`` = unassigned: the record names no country, or its corridor has
        fewer than ``min_records`` records), ``corridor_id`` (string, NA when
        unassigned).
    corridors : DataFrame
        One row per corridor, largest first (see :data:`CORRIDOR_COLUMNS`): the
        stable ``corridor_id``, ``label`` ("NGA → LBY → ITA (sea)"), the core
        ``route`` (ISO3 joined by ``|``), the named ``regional_route`` (or NA),
        ``records``, ``persons``, number of distinct member routes, first and last
        event date, and the main origin, destination and mode.
    routes : DataFrame
        The unique routes with their ``cluster`` and ``corridor_id`` (for checks).
    """

    assignments: pd.DataFrame
    corridors: pd.DataFrame
    routes: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)

    @property
    def n_unassigned(self) -> int:
        """Number of records in no corridor (``cluster == -1``)."""
        return int((self.assignments["cluster"] < 0).sum())


def _empty_corridors() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="string") for c in CORRIDOR_COLUMNS})
    for col in ("cluster", "records", "n_routes"):
        frame[col] = frame[col].astype("int64")
    frame["persons"] = frame["persons"].astype("float64")
    for col in ("first_seen", "last_seen"):
        frame[col] = frame[col].astype("datetime64[ns]")
    return frame


def _agglomerate(X: sp.csr_matrix, threshold: float) -> np.ndarray:
    if X.shape[0] <= 1:
        return np.zeros(X.shape[0], dtype=np.int64)
    # rows are L2-normalised: cosine distance = 1 - X X^T, a cheap sparse product
    dist = 1.0 - (X @ X.T).toarray()
    np.clip(dist, 0.0, 2.0, out=dist)
    np.fill_diagonal(dist, 0.0)
    model = AgglomerativeClustering(
        n_clusters=None, distance_threshold=threshold, metric="precomputed", linkage="average"
    )
    return model.fit_predict(dist).astype(np.int64)


def _cluster_unique(X: sp.csr_matrix, weights: np.ndarray, threshold: float) -> np.ndarray:
    """Average-linkage clusters of the unique routes (rows of ``X``, L2-normalised).

    Up to :data:`_DENSE_LIMIT` routes: exact agglomerative clustering. Beyond, the
    heaviest routes are clustered exactly, every other route joins the corridor of
    its most similar clustered route when within ``threshold``, and the routes left
    over are clustered the same way, round after round (each round costs one
    sparse product and one bounded clustering, so the whole stays near-linear).
    """
    m = X.shape[0]
    labels = np.full(m, -1, dtype=np.int64)
    todo = np.arange(m)
    next_label = 0
    while len(todo):
        order = todo[np.lexsort((todo, -weights[todo]))]
        limit = _DENSE_LIMIT
        core, rest = order[:limit], order[limit:]
        sub = _agglomerate(X[core], threshold)
        labels[core] = sub + next_label
        next_label += int(sub.max()) + 1
        if not len(rest):
            break
        sim = (X[rest] @ X[core].T).tocsr()
        best = np.asarray(sim.argmax(axis=1)).ravel()
        best_sim = np.asarray(sim.max(axis=1).todense()).ravel()
        join = (1.0 - best_sim) <= threshold
        labels[rest[join]] = labels[core[best[join]]]
        todo = rest[~join]
    return labels


def _weighted_mode(
    values: pd.Series, labels: np.ndarray, weights: np.ndarray, k: int
) -> np.ndarray:
    frame = pd.DataFrame({"g": labels, "v": values.to_numpy(dtype=object), "w": weights})
    frame = frame[frame["g"] >= 0]
    agg = frame.groupby(["g", "v"], sort=True)["w"].sum().reset_index()
    agg = agg.sort_values(["g", "w"], ascending=[True, False], kind="stable").drop_duplicates("g")
    out = np.full(k, None, dtype=object)
    out[agg["g"].to_numpy(int)] = agg["v"].to_numpy(dtype=object)
    return out


def _corridor_ids(core: pd.DataFrame) -> list[str]:
    """Stable ids from the core routes, given largest corridor first.

    Candidates, shortest first: ``COR-<entry leg>-<mode>``, then with the crime type,
    then the path up to detection, then the full path; each corridor takes the
    first candidate no larger corridor took. An id therefore changes only if a new
    corridor with the same entry leg overtakes it in size.
    """
    taken: set[str] = set()
    out = []
    for route, mode, crime, det in zip(
        core["route"], core["mode"], core["crime"], core["detection"], strict=True
    ):
        leg = "-".join(entry_leg(route, det))
        path = route.split("|")
        upto = path[: path.index(det) + 1] if det in path else path
        cands = [
            f"COR-{leg}-{mode}",
            f"COR-{leg}-{mode}-{crime}",
            f"COR-{'-'.join(upto)}-{mode}-{crime}",
            f"COR-{'-'.join(path)}-{mode}-{crime}",
        ]
        chosen = next((c for c in cands if c not in taken), None)
        if chosen is None:
            chosen = (
                cands[-1]
                + "-"
                + hashlib.sha1(f"{route}#{mode}#{crime}#{det}".encode()).hexdigest()[:6]
            )
        taken.add(chosen)
        out.append(chosen)
    return out


class RouteClusterer(ClusterMixin, BaseEstimator):
    """Group records into corridors of similar routes.

    Parameters
    ----------
    distance_threshold : float, default=0.7
        Cosine distance (0..1) between route feature vectors above which two
        groups of routes are not merged (average linkage). Smaller = more,
        tighter corridors.
    min_records : int, default=1
        Corridors with fewer records are left unassigned (``cluster = -1``).

    Attributes
    ----------
    labels_ : ndarray of int
        Cluster per record (``-1`` = unassigned).
    result_ : RouteClusters
        Assignments, corridor summary and unique routes.

    See Also
    --------
    cluster_routes : The function form.

    Examples
    --------
    >>> recs = pd.DataFrame({
    ...     "record_id": ["a", "b", "c", "d"],
    ...     "origin_country": ["NGA", "ERI", "AFG", None],
    ...     "transit_countries": ["NER|LBY", "SDN|LBY", "IRN", None],
    ...     "destination_country": ["ITA", "ITA", "TUR", None],
    ...     "transport_mode": ["sea", "sea", "land", "unknown"],
    ... })
    >>> RouteClusterer().fit(recs).labels_.tolist()
    [0, 0, 1, -1]
    """

    def __init__(self, distance_threshold: float = 0.7, *, min_records: int = 1) -> None:
        self.distance_threshold = distance_threshold
        self.min_records = min_records

    def fit(self, X: pd.DataFrame, y: object = None) -> RouteClusterer:
        """Find the corridors of the record frame ``X``.

        Parameters
        ----------
        X : DataFrame
            Record frame (``record_id`` and at least one country column). Not modified.
        y : None
            Ignored.

        Returns
        -------
        RouteClusterer
            ``self``, fitted.
        """
        check_number(
            "distance_threshold", self.distance_threshold, low=0, high=1, inclusive_low=False
        )
        check_number("min_records", self.min_records, low=1, integer=True)
        records = check_records(X, what="cluster_routes")
        table = route_table(records)
        routes = table.routes.copy()
        m = len(routes)
        raw = (
            _cluster_unique(
                route_features(routes),
                routes["records"].to_numpy(float),
                float(self.distance_threshold),
            )
            if m
            else np.zeros(0, dtype=np.int64)
        )

        # Order clusters by size (records), then by their core route: cluster 0 = largest.
        weights = routes["records"].to_numpy(float)
        n_raw = int(raw.max()) + 1 if m else 0
        size = np.bincount(raw, weights=weights, minlength=n_raw)
        core_idx = (
            pd.DataFrame({"c": raw, "w": weights, "i": np.arange(m)})
            .sort_values(["c", "w", "i"], ascending=[True, False, True], kind="stable")
            .drop_duplicates("c")["i"]
            .to_numpy()
        )
        keep = size >= self.min_records
        route_names = routes["route"].to_numpy(dtype=object)
        order = sorted(
            np.flatnonzero(keep).tolist(), key=lambda c: (-size[c], route_names[core_idx[c]])
        )
        relabel = np.full(n_raw, -1, dtype=np.int64)
        relabel[order] = np.arange(len(order))
        route_cluster = relabel[raw] if m else np.zeros(0, np.int64)
        k = len(order)

        core = routes.iloc[core_idx[order]] if k else routes.iloc[:0]
        ids = _corridor_ids(core)
        id_of = np.array([*ids, None], dtype=object)  # index -1 -> None
        routes["cluster"] = route_cluster
        routes["corridor_id"] = pd.array(id_of[route_cluster], dtype="string")

        codes = table.codes
        labels = np.where(codes >= 0, route_cluster[np.maximum(codes, 0)] if m else -1, -1)
        labels = labels.astype(np.int64)
        assignments = pd.DataFrame(
            {
                "record_id": records["record_id"].astype("string").reset_index(drop=True),
                "cluster": labels,
                # take() on the few ids: far cheaper than building n strings
                "corridor_id": pd.array(ids, dtype="string").take(labels, allow_fill=True),
            }
        )
        if k == 0:
            corridors = _empty_corridors()
        else:
            ok = labels >= 0
            dates = dates_of(records).to_numpy()[ok]
            grp = pd.Series(dates).groupby(labels[ok])
            path0 = routes["route"].str.split("|").str[0]
            path1 = routes["route"].str.split("|").str[-1]
            paths = [r.split("|") for r in core["route"]]
            corridors = pd.DataFrame(
                {
                    "corridor_id": pd.array(ids, dtype="string"),
                    "cluster": np.arange(k, dtype=np.int64),
                    "label": [
                        " → ".join(p) + f" ({mo})"
                        for p, mo in zip(paths, core["mode"], strict=True)
                    ],
                    "route": core["route"].to_numpy(),
                    "regional_route": [
                        name_route(p, mo, lat=la, lon=lo)
                        for p, mo, la, lo in zip(
                            paths, core["mode"], core["lat"], core["lon"], strict=True
                        )
                    ],
                    "records": np.bincount(labels[ok], minlength=k).astype(np.int64),
                    "persons": np.bincount(
                        labels[ok], weights=persons_of(records)[ok], minlength=k
                    ),
                    "n_routes": np.bincount(route_cluster[route_cluster >= 0], minlength=k),
                    "first_seen": grp.min().reindex(range(k)).to_numpy(),
                    "last_seen": grp.max().reindex(range(k)).to_numpy(),
                    "main_origin": _weighted_mode(path0, route_cluster, weights, k),
                    "main_destination": _weighted_mode(path1, route_cluster, weights, k),
                    "main_mode": _weighted_mode(routes["mode"], route_cluster, weights, k),
                }
            )
            for col in (
                "label",
                "route",
                "regional_route",
                "main_origin",
                "main_destination",
                "main_mode",
            ):
                corridors[col] = corridors[col].astype("string")
            for col in ("first_seen", "last_seen"):
                corridors[col] = pd.to_datetime(corridors[col]).astype("datetime64[ns]")
        self.result_ = RouteClusters(assignments=assignments, corridors=corridors, routes=routes)
        self.labels_ = labels
        return self

    @property
    def n_corridors_(self) -> int:
        """Number of corridors found."""
        if not hasattr(self, "result_"):
            raise NotFittedError("this RouteClusterer is not fitted yet; call fit(records) first.")
        return len(self.result_.corridors)


def cluster_routes(
    records: pd.DataFrame, *, distance_threshold: float = 0.7, min_records: int = 1
) -> RouteClusters:
    """Group records into corridors from their country path and transport mode.

    Each record's route is origin → transit … → detection → destination (missing
    steps skipped) plus its mode; the unique routes are clustered (see
    :class:`RouteClusterer`) and mapped back, so the cost grows with the number
    of distinct routes, not of records.

    Parameters
    ----------
    records : DataFrame
        Record frame (DESIGN.md §3): ``record_id`` and at least one of
        ``origin_country``, ``transit_countries``, ``detection_country``,
        ``destination_country``; ``transport_mode``, ``n_persons``, ``event_date``,
        ``lat``/``lon`` are used when present. Not modified.
    distance_threshold : float, default=0.7
        Cosine distance above which routes are not merged.
    min_records : int, default=1
        Corridors with fewer records are left unassigned.

    Returns
    -------
    RouteClusters
        ``assignments`` (one row per record, none dropped: records without any
        country get ``cluster = -1``) and ``corridors`` (one row per corridor).

    Raises
    ------
    DataContractError
        If ``records`` is not a record frame (no ``record_id``, repeated ids, no
        country column).
    ParameterError
        If a parameter is out of range.

    Examples
    --------
    >>> recs = pd.DataFrame({
    ...     "record_id": ["a", "b", "c"],
    ...     "origin_country": ["NGA", "NGA", "MAR"],
    ...     "transit_countries": ["NER|LBY", "NER|LBY", None],
    ...     "destination_country": ["ITA", "ITA", "ESP"],
    ...     "transport_mode": ["sea", "sea", "sea"],
    ...     "n_persons": [10, 20, 5],
    ... })
    >>> res = cluster_routes(recs)
    >>> res.corridors[["corridor_id", "label", "regional_route", "persons"]]
           corridor_id                           label         regional_route  persons
    0  COR-LBY-ITA-sea  NGA → NER → LBY → ITA (sea)  Central Mediterranean     30.0
    1  COR-MAR-ESP-sea              MAR → ESP (sea)  Western Mediterranean      5.0
    >>> res.assignments["corridor_id"].tolist()
    ['COR-LBY-ITA-sea', 'COR-LBY-ITA-sea', 'COR-MAR-ESP-sea']
    """
    model = RouteClusterer(distance_threshold, min_records=min_records).fit(records)
    return model.result_
