"""Route features: each record's country sequence and mode, reduced to unique routes.

A record's *route* is its ordered country path, origin → transit … → detection →
destination (missing steps skipped, a country repeated later in the path kept at
its first place), plus its transport mode. A million records hold a few thousand
distinct routes: everything downstream (features, clustering, naming) works on
the unique routes weighted by their counts and maps back with an integer code.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction import DictVectorizer
from sklearn.preprocessing import normalize

from trendlib.errors import DataContractError, short_list
from trendlib.routes._common import persons_of
from trendlib.schema import UNKNOWN

__all__ = [
    "ROUTE_COLUMNS",
    "TOKEN_WEIGHTS",
    "RouteTable",
    "entry_leg",
    "route_features",
    "route_table",
]

#: Record columns that make up the country path, in path order.
ROUTE_COLUMNS = ("origin_country", "transit_countries", "detection_country", "destination_country")

#: Weight of each kind of route token in the corridor features (see :func:`route_features`).
TOKEN_WEIGHTS: dict[str, float] = {
    "entry": 1.5,  # the crossing detected: country before detection > detection country
    "detection": 1.0,  # detection country
    "crime": 1.0,  # trafficking / smuggling (keeps the two crimes apart)
    "cell": 2.0,  # 5-degree cell of the route's median detection location
    "mode": 0.5,  # sea / land / air
    "country": 0.5,  # every country on the path, position-free
    "leg": 0.5,  # every consecutive pair A>B on the path
    "dest": 0.3,  # last country (onward destination)
    "origin": 0.3,  # first country
}


@dataclass(frozen=True)
class RouteTable:
    """Unique routes of a record frame and the route of each record.

    Attributes
    ----------
    codes : ndarray of int
        Per record (input order), the row of ``routes`` it follows; ``-1`` = the
        record names no country at all.
    routes : DataFrame
        One row per unique route, sorted by key: ``route`` (countries joined by
        ``|``), ``mode``, ``crime``, ``detection`` (ISO3 or ``""``), ``n_countries``,
        ``records``, ``persons``, ``lat``/``lon`` (median detection location, NaN if none).
    """

    codes: np.ndarray
    routes: pd.DataFrame


def _codes(series: pd.Series, *, lower: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Integer code per value (-1 = missing) and the uniques; normalised on the uniques only."""
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    values = pd.Series(np.asarray(uniques, dtype=object), dtype=object).astype(str).str.strip()
    values = values.str.lower() if lower else values.str.upper()
    # normalising may merge uniques ("Sea" and "sea"): factorize the normalised uniques again
    recode, clean = pd.factorize(values)
    codes = np.where(codes >= 0, recode[np.maximum(codes, 0)] if len(recode) else -1, -1)
    return codes.astype(np.int64), np.asarray(clean, dtype=object)


def _path(parts: list[object], *, has_origin: bool) -> tuple[str, ...]:
    """Ordered path; a country seen again later keeps its first place, except the origin.

    An origin that reappears in the transit list (origin MEX, transit GTM|MEX) means
    the person left and came back through it: it takes its later place (GTM → MEX → USA).
    """
    codes: list[str] = []
    for part in parts:
        if part is None or (isinstance(part, float) and np.isnan(part)) or part is pd.NA:
            continue
        codes.extend(c.strip().upper() for c in str(part).split("|") if c.strip())
    if has_origin and codes and codes[0] in codes[1:-1]:
        codes = codes[1:]
    seen: list[str] = []
    for code in codes:
        if code not in seen:
            seen.append(code)
    return tuple(seen)


def _cell_codes(records: pd.DataFrame) -> np.ndarray:
    """5-degree cell number of each record's detection location, NaN without one."""
    if "lat" not in records.columns or "lon" not in records.columns:
        return np.full(len(records), np.nan)
    lat = pd.to_numeric(records["lat"], errors="coerce").to_numpy(float)
    lon = pd.to_numeric(records["lon"], errors="coerce").to_numpy(float)
    ok = np.isfinite(lat) & np.isfinite(lon)
    return np.where(
        ok, np.floor(np.nan_to_num(lat) / 5) * 1000 + np.floor(np.nan_to_num(lon) / 5), np.nan
    )


def route_table(records: pd.DataFrame, *, summarise: bool = True) -> RouteTable:
    """Reduce records to their unique routes (country path, mode, crime, place).

    A unique route is a distinct combination of the country path, the detection
    country, the transport mode, the crime type and the 5-degree cell of the
    detection location (when known).

    Parameters
    ----------
    records : DataFrame
        A record frame with at least one of :data:`ROUTE_COLUMNS`; ``transport_mode``,
        ``crime_type``, ``n_persons``, ``lat``/``lon`` are used when present. Not modified.

    summarise : bool, default=True
        Add ``persons`` and the median location per route (skip when only the
        codes are needed).

    Returns
    -------
    RouteTable
        The code of each record's route and the table of unique routes.

    Raises
    ------
    DataContractError
        If none of the route columns is present.

    Examples
    --------
    >>> recs = pd.DataFrame({
    ...     "record_id": ["a", "b", "c"],
    ...     "origin_country": ["NGA", "NGA", None],
    ...     "transit_countries": ["NER|LBY", "NER|LBY", None],
    ...     "destination_country": ["ITA", "ITA", None],
    ...     "transport_mode": ["sea", "sea", "land"],
    ... })
    >>> tab = route_table(recs)
    >>> tab.codes.tolist()
    [0, 0, -1]
    >>> tab.routes[["route", "mode", "records"]]
               route mode  records
    0  NGA|NER|LBY|ITA  sea        2
    """
    cols = [c for c in ROUTE_COLUMNS if c in records.columns]
    if not cols:
        raise DataContractError(
            f"cluster_routes needs at least one of the columns {short_list(ROUTE_COLUMNS)}, "
            f"but the frame has only {short_list(list(records.columns))}; pass the output "
            "of trendlib.clean_records."
        )
    n = len(records)

    # One integer per distinct combination of the raw columns (cheap hashing of ints);
    # the path is then built once per combination in Python: a few thousand, not n.
    parts: dict[str, np.ndarray] = {}
    uniques: dict[str, np.ndarray] = {}
    for col in [*cols, "transport_mode", "crime_type"]:
        if col in records.columns:
            parts[col], uniques[col] = _codes(
                records[col], lower=col in ("transport_mode", "crime_type")
            )
        else:
            parts[col], uniques[col] = np.full(n, -1, dtype=np.int64), np.array([], dtype=object)
    cell = _cell_codes(records)
    parts["cell"] = pd.factorize(cell, use_na_sentinel=True)[0].astype(np.int64)
    combined = np.zeros(n, dtype=np.int64)
    for codes_ in parts.values():
        combined = combined * (int(codes_.max(initial=-1)) + 2) + (codes_ + 1)
        combined = pd.factorize(combined)[0].astype(np.int64)  # keep the key small: no overflow
    combo, combo_values = pd.factorize(combined)
    first = np.zeros(len(combo_values), dtype=np.int64)
    first[combo[::-1]] = np.arange(n)[::-1]  # first row of each combination

    def _at_first(col: str, default: str | None) -> list[object]:
        c = parts[col][first]
        u = uniques[col]
        return [u[i] if i >= 0 else default for i in c]

    col_values = [_at_first(c, None) for c in cols]
    has_origin = [
        "origin_country" in cols and col_values[0][j] is not None for j in range(len(first))
    ]
    paths = [_path([v[j] for v in col_values], has_origin=has_origin[j]) for j in range(len(first))]
    dets = (
        [d or "" for d in _at_first("detection_country", "")]
        if "detection_country" in cols
        else [""] * len(first)
    )
    cells = cell[first]
    keys = pd.DataFrame(
        {
            "route": ["|".join(p) for p in paths],
            "mode": _at_first("transport_mode", UNKNOWN),
            "crime": _at_first("crime_type", UNKNOWN),
            "detection": dets,
            "cell": ["" if np.isnan(c) else str(int(c)) for c in cells],
            "n_countries": [len(p) for p in paths],
        },
        dtype=object,
    )
    keys["n_countries"] = keys["n_countries"].astype(np.int64)
    keys["key"] = keys["route"].astype(str)
    for col in ("mode", "crime", "detection", "cell"):
        keys["key"] = keys["key"] + "#" + keys[col].astype(str)
    has_route = keys["n_countries"].to_numpy() > 0
    uniq = np.sort(keys.loc[has_route, "key"].unique())
    key_code = np.where(has_route, np.searchsorted(uniq, keys["key"].to_numpy()), -1)
    codes = key_code[combo] if n else np.zeros(0, dtype=np.int64)

    routes = (
        keys[has_route].drop_duplicates("key").set_index("key").loc[uniq].reset_index(drop=True)
    )
    routes = routes.drop(columns="cell")
    m = len(routes)
    ok = codes >= 0
    routes["records"] = np.bincount(codes[ok], minlength=m).astype(np.int64)
    if not summarise:
        return RouteTable(codes=codes.astype(np.int64), routes=routes)
    routes["persons"] = np.bincount(codes[ok], weights=persons_of(records)[ok], minlength=m)
    for axis in ("lat", "lon"):
        if axis in records.columns and ok.any():
            vals = pd.to_numeric(records[axis], errors="coerce").to_numpy(float)[ok]
            med = pd.Series(vals).groupby(codes[ok]).median()
            routes[axis] = med.reindex(range(m)).to_numpy(float)
        else:
            routes[axis] = np.nan
    return RouteTable(codes=codes.astype(np.int64), routes=routes)


def entry_leg(route: str, detection: str) -> tuple[str, ...]:
    """Return the crossing a route was detected on: (country before detection, detection).

    Falls back to the route's last leg when the detection country is unknown or first.

    Examples
    --------
    >>> entry_leg("NGA|NER|LBY|ITA|FRA", "ITA")
    ('LBY', 'ITA')
    >>> entry_leg("MAR|ESP", "")
    ('MAR', 'ESP')
    """
    path = route.split("|")
    if detection in path and path.index(detection) > 0:
        i = path.index(detection)
        return (path[i - 1], path[i])
    return tuple(path[-2:])


def _tokens(
    route: str, mode: str, crime: str, detection: str, lat: float, lon: float
) -> dict[str, float]:
    path = route.split("|")
    w = TOKEN_WEIGHTS
    tok: dict[str, float] = {}
    if mode != UNKNOWN:
        tok[f"m:{mode}"] = w["mode"]
    if crime in ("trafficking", "smuggling"):
        tok[f"x:{crime}"] = w["crime"]
    if detection:
        tok[f"t:{detection}"] = w["detection"]
    tok[f"d:{path[-1]}"] = w["dest"]
    tok[f"o:{path[0]}"] = w["origin"]
    for c in path:
        tok[f"c:{c}"] = w["country"]
    for a, b in pairwise(path):
        tok[f"l:{a}>{b}"] = w["leg"]
    tok["e:" + ">".join(entry_leg(route, detection))] = w["entry"]
    if np.isfinite(lat) and np.isfinite(lon):
        tok[f"g:{int(np.floor(lat / 5))}:{int(np.floor(lon / 5))}"] = w["cell"]
    return tok


def route_features(routes: pd.DataFrame) -> sp.csr_matrix:
    """Sparse, L2-normalised token features of unique routes (for cosine distances).

    Tokens (weights in :data:`TOKEN_WEIGHTS`): the entry leg (:func:`entry_leg`),
    the detection country, the crime type (trafficking or smuggling), the 5-degree
    cell of the median detection location, the mode, every country, every leg, the
    destination and the origin. Corridors are about where and how people cross:
    onward destinations and origins weigh least.

    Parameters
    ----------
    routes : DataFrame
        ``route_table(...).routes``.

    Returns
    -------
    scipy.sparse.csr_matrix
        One row per route.

    Examples
    --------
    >>> routes = pd.DataFrame({"route": ["LBY|ITA", "TUN|ITA"], "mode": ["sea", "sea"],
    ...                        "lat": [float("nan")] * 2, "lon": [float("nan")] * 2})
    >>> X = route_features(routes)
    >>> round(float((X @ X.T)[0, 1]), 2)  # cosine similarity
    0.17
    """
    cols = ["route", "mode", "crime", "detection", "lat", "lon"]
    filled = routes.reindex(columns=cols)
    filled["crime"] = filled["crime"].astype(object).where(filled["crime"].notna(), UNKNOWN)
    filled["detection"] = filled["detection"].astype(object).where(filled["detection"].notna(), "")
    dicts = [_tokens(*row) for row in filled.itertuples(index=False, name=None)]
    if not dicts:
        return sp.csr_matrix((0, 0))
    X = DictVectorizer(sparse=True, sort=True).fit_transform(dicts)
    return sp.csr_matrix(normalize(X, norm="l2"))
