"""The true, clean events behind the synthetic submissions."""

from __future__ import annotations

import numpy as np
import pandas as pd

from trendlib.errors import ParameterError
from trendlib.samples._tables import CORRIDORS, NETWORKS, Corridor, where

__all__ = ["TRUTH_COLUMNS", "make_truth"]

#: Columns of :func:`make_truth`'s frame, in order.
TRUTH_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "corridor",
    "route_name",
    "network_id",
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "lat",
    "lon",
    "linked_offences",
    "hotspot",
)

_KM_PER_DEG = 111.32


def _pick(rng: np.random.Generator, probs: dict[str, float], n: int) -> np.ndarray:
    keys = np.array(list(probs), dtype=object)
    w = np.array(list(probs.values()), dtype=float)
    return keys[rng.choice(len(keys), size=n, p=w / w.sum())]


def _intensity(c: Corridor, months: int, first_month: int) -> np.ndarray:
    t = np.arange(months, dtype=float)
    month_of_year = ((t + first_month - 1) % 12) + 1
    season = 1.0 + c.season * np.cos(2 * np.pi * (month_of_year - 7.5) / 12)
    trend = np.exp(c.trend * t / 12)
    level = np.full(months, c.weight, dtype=float)
    if c.shape == "emerging":
        onset = int(np.ceil(months * 2 / 3))
        ramp = np.clip((t - onset + 1) / max(months - onset, 1), 0, None)
        level = where(t >= onset, 0.1 + 1.5 * ramp, 0.0)
    elif c.shape == "declining":
        level = c.weight * np.linspace(1.0, 0.1, months)
    return level * season * trend


def _events_for(
    c: Corridor, rng: np.random.Generator, month_idx: np.ndarray, starts: pd.DatetimeIndex
) -> dict[str, np.ndarray]:
    n = len(month_idx)
    first = starts.to_numpy()[month_idx]
    days = np.asarray(starts.days_in_month)[month_idx]
    date = first + np.floor(rng.random(n) * days).astype("timedelta64[D]")
    crime = _pick(rng, c.crime, n)
    expl = _pick(rng, c.exploitation, n)
    expl = where(crime == "smuggling", None, expl)
    median, sigma = c.persons
    persons = np.maximum(1, np.round(np.exp(np.log(median) + sigma * rng.standard_normal(n))))
    big = rng.random(n) < c.big_share
    persons = where(big, rng.integers(1000, 3200, n), persons).astype(np.int64)
    suspects = rng.poisson(c.suspects, n).astype(np.int64)
    gender = _pick(rng, c.gender, n)
    gender = where((persons == 1) & (gender == "mixed"), "male", gender)
    age = _pick(rng, c.age, n)
    age = where((persons == 1) & (age == "mixed"), "adult", age)
    nat = _pick(rng, c.nationality, n)
    other = _pick(rng, c.nationality, n)
    origin = where(rng.random(n) < 0.9, nat, other)
    transit = _pick(rng, c.transit, n)
    transit = where(transit == "", None, transit)
    dest = _pick(rng, c.destination, n)
    hw = np.array([h.weight for h in c.hotspots], dtype=float)
    hi = rng.choice(len(c.hotspots), size=n, p=hw / hw.sum())
    hlat = np.array([h.lat for h in c.hotspots])[hi]
    hlon = np.array([h.lon for h in c.hotspots])[hi]
    spread = np.array([h.spread_km for h in c.hotspots])[hi]
    lat = hlat + rng.standard_normal(n) * spread / _KM_PER_DEG
    lon = hlon + rng.standard_normal(n) * spread / (_KM_PER_DEG * np.cos(np.radians(hlat)))
    detection = np.array([h.country for h in c.hotspots], dtype=object)[hi]
    hotspot = np.array([h.name for h in c.hotspots], dtype=object)[hi]
    mode = _pick(rng, c.mode, n)
    offences = np.full(n, "", dtype=object)
    for name, p in c.offences.items():  # a handful of offence kinds, not rows
        hit = rng.random(n) < p
        offences = where(hit, where(offences == "", name, offences + "|" + name), offences)
    offences = where(offences == "", None, offences)
    return {
        "event_date": date,
        "corridor": np.full(n, c.corridor, dtype=object),
        "route_name": np.full(n, c.route_name, dtype=object),
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": persons,
        "n_suspects": suspects,
        "gender": gender,
        "age_group": age,
        "nationality": nat,
        "origin_country": origin,
        "destination_country": dest,
        "detection_country": detection,
        "transit_countries": transit,
        "transport_mode": mode,
        "lat": np.round(lat, 5),
        "lon": np.round(lon, 5),
        "linked_offences": offences,
        "hotspot": hotspot,
    }


def _assign_networks(
    month_no: np.ndarray, corridor: np.ndarray, rng: np.random.Generator, months: int
) -> np.ndarray:
    out = np.full(len(corridor), None, dtype=object)
    index = {c.corridor: i for i, c in enumerate(CORRIDORS)}
    for net in NETWORKS:  # a few networks, vectorised over events
        active = (
            np.isin(corridor, [index[c] for c in net.corridors])
            & (month_no >= net.first_month * months)
            & (month_no <= net.last_month * months)
        )
        pick = active & (rng.random(len(corridor)) < net.share) & (out == None)  # noqa: E711
        out[pick] = net.network_id
    return out


def truth_arrays(
    *, seed: int, first: pd.Timestamp, months: int, n_events: int
) -> dict[str, np.ndarray]:
    """Return the truth as plain numpy arrays (object for text), sorted by date.

    The fast path behind :func:`make_truth` and the million-row benchmark file: no
    pandas string arrays are built until the caller asks for them.
    """
    rng = np.random.default_rng(seed)
    starts = pd.date_range(first, periods=months, freq="MS")
    intensity = np.stack([_intensity(c, months, first.month) for c in CORRIDORS])
    counts = rng.multinomial(n_events, (intensity / intensity.sum()).ravel()).reshape(
        intensity.shape
    )
    parts = []
    month_parts = []
    corridor_parts = []
    for i, c in enumerate(CORRIDORS):  # twelve corridors; each vectorised over its events
        month_idx = np.repeat(np.arange(months), counts[i])
        if len(month_idx):
            parts.append(_events_for(c, rng, month_idx, starts))
            month_parts.append(month_idx)
            corridor_parts.append(np.full(len(month_idx), i))
    arrays = {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}
    month_no = np.concatenate(month_parts)
    corridor_no = np.concatenate(corridor_parts)
    order = np.lexsort((arrays["lat"], corridor_no, arrays["event_date"]))
    arrays = {k: v[order] for k, v in arrays.items()}
    arrays["event_date"] = arrays["event_date"].astype("datetime64[ns]")
    arrays["network_id"] = _assign_networks(month_no[order], corridor_no[order], rng, months)
    width = max(6, len(str(n_events)))
    ids = np.char.add("E", np.char.zfill(np.arange(1, n_events + 1).astype(str), width))
    arrays["event_id"] = ids.astype(object)
    return {k: arrays[k] for k in TRUTH_COLUMNS}


def make_truth(
    *,
    seed: int = 0,
    start: str = "2021-01-01",
    months: int = 36,
    n_events: int = 3000,
) -> pd.DataFrame:
    """Generate the true, clean events behind the synthetic submissions.

    Twelve corridors (smuggling routes and three trafficking flows) with their own
    volumes, summer peaks on the sea routes and trends; one *emerging* corridor
    (``blr_pol``, absent for the first two thirds of the period, then growing) and one
    *declining* corridor (``wbal``, falling steadily to a tenth of its first level).
    Locations are spread a few kilometres around real hotspots. Planted criminal
    networks (``network_id``) work on a subset of the events of the corridors they
    operate on.

    Parameters
    ----------
    seed : int, default=0
        Seed of :func:`numpy.random.default_rng`; the only source of randomness.
    start : str, default="2021-01-01"
        First month of the period (any day in it; the month start is used).
    months : int, default=36
        Length of the period in months (at least 6).
    n_events : int, default=3000
        Exact number of events, spread over corridors and months by their intensity.

    Returns
    -------
    DataFrame
        One row per event, sorted by date, with the record-frame vocabulary of
        :mod:`trendlib.schema` (``crime_type``, ``exploitation``, ``n_persons``,
        ``n_suspects``, ``gender``, ``age_group``, the ISO alpha-3 country columns,
        ``transit_countries`` joined by ``|``, ``transport_mode``, ``lat``, ``lon``,
        ``linked_offences``, ``event_date``) plus the truth columns ``event_id``,
        ``corridor``, ``route_name``, ``network_id`` (NA outside networks) and
        ``hotspot``. See :data:`TRUTH_COLUMNS`.

    Raises
    ------
    ParameterError
        If ``months`` < 6, ``n_events`` < 1 or ``start`` is not a date.

    Examples
    --------
    >>> truth = make_truth(seed=1, n_events=500)
    >>> len(truth), truth["event_id"].is_unique
    (500, True)
    >>> sorted(truth["crime_type"].unique())
    ['both', 'smuggling', 'trafficking']
    >>> early = truth["event_date"] < "2023-01-01"
    >>> int((early & (truth["corridor"] == "blr_pol")).sum())
    0
    """
    if months < 6:
        raise ParameterError(f"expected months >= 6, got {months}; pass e.g. months=36.")
    if n_events < 1:
        raise ParameterError(f"expected n_events >= 1, got {n_events}.")
    try:
        first = pd.Timestamp(start).to_period("M").to_timestamp()
    except (ValueError, TypeError) as err:
        raise ParameterError(
            f"expected start as a date such as '2021-01-01', got {start!r}."
        ) from err
    arrays = truth_arrays(seed=seed, first=first, months=months, n_events=n_events)
    frame = pd.DataFrame(
        {c: pd.array(v, dtype="string") if v.dtype == object else v for c, v in arrays.items()}
    )
    frame["n_persons"] = frame["n_persons"].astype("Int64")
    frame["n_suspects"] = frame["n_suspects"].astype("Int64")
    return frame[list(TRUTH_COLUMNS)]
