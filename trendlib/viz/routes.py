"""Route figures: corridor flow map, hotspot map, corridor trend small multiples.

Frames in, ``go.Figure`` out (the frames of :mod:`trendlib.routes`; this module
does not import it). The maps render **offline**: plotly.js fetches its world
topojson from a CDN whenever a geo subplot shows land, coastlines, countries,
ocean, lakes, rivers or subunits, or a trace uses ``locations``. These maps turn
all of those off and draw the country outlines themselves, as a plain line trace
built from the Natural Earth outlines shipped in the ``countryinfo`` package
(which also gives the country centroids). So a report holding these figures makes
no network request.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from trendlib.clean._world import country_infos, polygons
from trendlib.errors import DataContractError, short_list

__all__ = [
    "STATUS_COLOURS",
    "corridor_flow_map",
    "corridor_trends",
    "country_centroids",
    "hotspot_map",
]

#: Colour of each emerging-route status (colour-blind-safe Okabe–Ito palette).
STATUS_COLOURS: dict[str, str] = {
    "new": "#D55E00",
    "intensifying": "#E69F00",
    "persistent": "#0072B2",
    "diminishing": "#009E73",
    "sporadic": "#CC79A7",
    "historical": "#999999",
    "no_pattern": "#BBBBBB",
}

_GEO_OFF = {
    f"show{layer}": False
    for layer in ("land", "ocean", "lakes", "rivers", "countries", "coastlines", "subunits")
}


@functools.cache
def _centroids() -> pd.DataFrame:
    rows = []
    for info in country_infos():
        iso = (info.get("ISO") or {}).get("alpha3")
        latlng = info.get("latlng")
        if iso and isinstance(latlng, list) and len(latlng) == 2:
            rows.append((iso, float(latlng[0]), float(latlng[1])))
    frame = pd.DataFrame(rows, columns=["iso3", "lat", "lon"]).drop_duplicates("iso3")
    return frame.sort_values("iso3").reset_index(drop=True)


def country_centroids() -> pd.DataFrame:
    """ISO3 country centroids (``iso3, lat, lon``) from the ``countryinfo`` package.

    Examples
    --------
    >>> c = country_centroids().set_index("iso3")
    >>> round(c.loc["ITA", "lat"]), round(c.loc["ITA", "lon"])
    (43, 13)
    """
    return _centroids().copy()


@functools.cache
def _outlines() -> tuple[tuple[float | None, ...], tuple[float | None, ...]]:
    lons: list[float | None] = []
    lats: list[float | None] = []
    for info in country_infos():
        for poly in polygons(info):
            for ring in poly:
                for lon, lat in ring:
                    lons.append(round(float(lon), 2))
                    lats.append(round(float(lat), 2))
                lons.append(None)
                lats.append(None)
    return tuple(lons), tuple(lats)


def _base_figure(title: str | None) -> go.Figure:
    lons, lats = _outlines()
    fig = go.Figure(
        go.Scattergeo(
            lon=list(lons),
            lat=list(lats),
            mode="lines",
            line={"width": 0.5, "color": "#9a9a9a"},
            hoverinfo="skip",
            showlegend=False,
            name="countries",
        )
    )
    fig.update_geos(projection_type="natural earth", bgcolor="white", showframe=True, **_GEO_OFF)
    fig.update_layout(
        title=title,
        height=620,
        margin={"l": 10, "r": 10, "t": 50 if title else 10, "b": 10},
        legend={"orientation": "h", "yanchor": "top", "y": -0.02, "x": 0, "font": {"size": 11}},
    )
    return fig


def _zoom(fig: go.Figure, lat: np.ndarray, lon: np.ndarray, pad: float = 4.0) -> None:
    lat, lon = np.asarray(lat, float), np.asarray(lon, float)
    ok = np.isfinite(lat) & np.isfinite(lon)
    if not ok.any():
        return
    la0, la1 = lat[ok].min() - pad, lat[ok].max() + pad
    lo0, lo1 = lon[ok].min() - pad, lon[ok].max() + pad
    fig.update_geos(
        lataxis_range=[max(la0, -90), min(la1, 90)], lonaxis_range=[max(lo0, -180), min(lo1, 180)]
    )


def _empty_note(fig: go.Figure, text: str) -> go.Figure:
    fig.add_annotation(text=text, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    return fig


def _require(frame: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise DataContractError(
            f"{what} expects columns {short_list(columns)}, but {short_list(missing)} are "
            f"missing (found {short_list(list(frame.columns))}); pass the frame made by "
            "trendlib.routes."
        )


def corridor_flow_map(
    corridors: pd.DataFrame,
    *,
    top: int = 15,
    weight: str = "persons",
    title: str | None = "Main corridors",
) -> go.Figure:
    """Lines between country centroids along each corridor's core route, width by volume.

    Parameters
    ----------
    corridors : DataFrame
        ``RouteClusters.corridors`` (``corridor_id``, ``label``, ``route`` with ISO3
        codes joined by ``|``, ``records``, ``persons``; ``regional_route`` optional).
    top : int, default=15
        Draw the ``top`` corridors by ``weight``.
    weight : {"persons", "records"}, default="persons"
        What the line width shows.
    title : str, optional
        Figure title.

    Returns
    -------
    plotly.graph_objects.Figure
        One line trace per corridor (legend = label) over offline country outlines.

    Examples
    --------
    >>> cor = pd.DataFrame({"corridor_id": ["COR-LBY-ITA-sea"], "label": ["NGA → LBY → ITA (sea)"],
    ...                     "route": ["NGA|LBY|ITA"], "records": [10], "persons": [250.0]})
    >>> fig = corridor_flow_map(cor)
    >>> [t.name for t in fig.data]
    ['countries', 'NGA → LBY → ITA (sea)']
    >>> fig.layout.geo.showland, fig.layout.geo.showcountries
    (False, False)
    """
    _require(corridors, ["corridor_id", "label", "route", weight], "corridor_flow_map")
    fig = _base_figure(title)
    if corridors.empty:
        return _empty_note(fig, "no corridors")
    cent = _centroids().set_index("iso3")
    rows = corridors.sort_values(weight, ascending=False, kind="stable").head(top)
    vmax = float(rows[weight].max()) or 1.0
    all_lat: list[float] = []
    all_lon: list[float] = []
    missing: set[str] = set()
    for row in rows.itertuples(index=False):
        path = [c for c in str(row.route).split("|") if c]
        known = [c for c in path if c in cent.index]
        missing.update(set(path) - set(known))
        if not known:
            continue
        lat = cent.loc[known, "lat"].to_numpy()
        lon = cent.loc[known, "lon"].to_numpy()
        all_lat.extend(lat)
        all_lon.extend(lon)
        value = float(getattr(row, weight))
        regional = getattr(row, "regional_route", None)
        hover = f"<b>{row.label}</b><br>{row.corridor_id}<br>{weight}: {value:,.0f}" + (
            f"<br>{regional}" if isinstance(regional, str) else ""
        )
        fig.add_trace(
            go.Scattergeo(
                lon=lon,
                lat=lat,
                mode="lines+markers",
                line={"width": 1.5 + 10.0 * value / vmax},
                # an arrowhead at the last country shows the direction of the flow
                marker={
                    "size": [5] * (len(known) - 1) + [13],
                    "symbol": ["circle"] * (len(known) - 1) + ["arrow"],
                    "angleref": "previous",
                },
                name=str(row.label),
                text=[hover] * len(known),
                hoverinfo="text",
            )
        )
    if missing:
        fig.add_annotation(
            text=f"no centroid for {', '.join(sorted(missing))}", showarrow=False,
            x=0, y=0, xref="paper", yref="paper", font={"size": 10},
        )  # fmt: skip
    _zoom(fig, np.array(all_lat), np.array(all_lon))
    return fig


def hotspot_map(
    hotspots: pd.DataFrame,
    *,
    top: int | None = None,
    status: pd.DataFrame | None = None,
    title: str | None = "Hotspots",
) -> go.Figure:
    """Hotspots as circles at their centroids, area by records, colour by status.

    Parameters
    ----------
    hotspots : DataFrame
        ``Hotspots.hotspots`` (``hotspot_id``, ``lat``, ``lon``, ``records``,
        ``persons``, ``radius_km``; ``main_country``/``main_route`` optional).
    top : int, optional
        Only the ``top`` largest hotspots.
    status : DataFrame, optional
        ``emerging_hotspots`` output (``hotspot_id``, ``status``): colours the circles.
    title : str, optional
        Figure title.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> hot = pd.DataFrame({"hotspot_id": ["HOT-ITA-35N012E"], "lat": [35.5], "lon": [12.6],
    ...                     "records": [40], "persons": [900.0], "radius_km": [25.0]})
    >>> len(hotspot_map(hot).data)
    2
    """
    _require(
        hotspots, ["hotspot_id", "lat", "lon", "records", "persons", "radius_km"], "hotspot_map"
    )
    fig = _base_figure(title)
    if hotspots.empty:
        return _empty_note(fig, "no hotspots")
    rows = hotspots.sort_values("records", ascending=False, kind="stable")
    rows = rows.head(top) if top else rows
    if status is not None and {"hotspot_id", "status"} <= set(status.columns):
        rows = rows.merge(status[["hotspot_id", "status"]], on="hotspot_id", how="left")
    else:
        rows = rows.assign(status=None)
    size = 8 + 40 * np.sqrt(rows["records"].to_numpy(float) / float(rows["records"].max()))
    blank = pd.Series([None] * len(rows), index=rows.index, dtype=object)
    country = rows["main_country"] if "main_country" in rows.columns else blank
    route = rows["main_route"] if "main_route" in rows.columns else blank
    extra = [
        " · ".join(str(v) for v in vals if isinstance(v, str))
        for vals in zip(country, route, strict=True)
    ]
    text = [
        f"<b>{h}</b><br>{r:,} records, {p:,.0f} persons<br>radius {k:,.0f} km<br>{e}"
        + (f"<br>status: {s}" if isinstance(s, str) else "")
        for h, r, p, k, e, s in zip(
            rows["hotspot_id"],
            rows["records"],
            rows["persons"],
            rows["radius_km"],
            extra,
            rows["status"],
            strict=True,
        )
    ]
    groups = rows["status"].fillna("hotspot")
    for name, idx in groups.groupby(groups, sort=False).groups.items():
        sel = rows.index.get_indexer(idx)
        fig.add_trace(
            go.Scattergeo(
                lon=rows["lon"].to_numpy()[sel],
                lat=rows["lat"].to_numpy()[sel],
                mode="markers",
                marker={
                    "size": size[sel],
                    "color": STATUS_COLOURS.get(str(name), "#0072B2"),
                    "opacity": 0.7,
                    "line": {"width": 0.5, "color": "white"},
                },
                text=[text[i] for i in sel],
                hoverinfo="text",
                name=str(name),
            )
        )
    _zoom(fig, rows["lat"].to_numpy(), rows["lon"].to_numpy())
    return fig


def corridor_trends(
    series: pd.DataFrame,
    *,
    status: pd.DataFrame | None = None,
    top: int = 12,
    cols: int = 3,
    title: str | None = "Monthly records per corridor",
) -> go.Figure:
    """Small multiples: one panel per corridor (or hotspot), coloured by its status.

    Parameters
    ----------
    series : DataFrame
        Long frame ``unique_id``, ``ds``, ``y`` (``trendlib.routes.cluster_series``).
    status : DataFrame, optional
        ``emerging_routes`` / ``emerging_hotspots`` output: its first column is the
        id, plus ``status`` (and ``label``, used as panel title when present). Panels
        follow its order (most urgent first); otherwise the largest series first.
    top : int, default=12
        Number of panels.
    cols : int, default=3
        Panels per row.
    title : str, optional
        Figure title.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> ds = pd.date_range("2024-01-01", periods=6, freq="MS")
    >>> s = pd.DataFrame({"unique_id": ["A"] * 6 + ["B"] * 6, "ds": list(ds) * 2, "y": range(12)})
    >>> st = pd.DataFrame({"corridor_id": ["B", "A"], "status": ["intensifying", "persistent"]})
    >>> [t.name for t in corridor_trends(s, status=st).data]
    ['B', 'A']
    """
    _require(series, ["unique_id", "ds", "y"], "corridor_trends")
    if series.empty:
        return _empty_note(go.Figure(layout={"title": title}), "no series")
    if status is not None and "status" in status.columns and len(status):
        id_col = status.columns[0]
        order = [i for i in status[id_col].astype(str) if i in set(series["unique_id"].astype(str))]
        st = status.assign(_id=status[id_col].astype(str)).set_index("_id")
    else:
        order = (
            series.groupby("unique_id")["y"]
            .sum()
            .sort_values(ascending=False)
            .index.astype(str)
            .tolist()
        )
        st = None
    order = order[:top]
    rows = max(1, -(-len(order) // cols))
    titles = []
    for uid in order:
        label = st.loc[uid, "label"] if st is not None and "label" in st.columns else uid
        stat = st.loc[uid, "status"] if st is not None else None
        titles.append(str(label) + (f" — {stat}" if isinstance(stat, str) else ""))
    fig = make_subplots(
        rows=rows, cols=min(cols, len(order)), subplot_titles=titles, shared_xaxes=True
    )
    by_id = {str(k): v for k, v in series.groupby(series["unique_id"].astype(str))}
    for i, uid in enumerate(order):
        data = by_id[uid].sort_values("ds")
        stat = st.loc[uid, "status"] if st is not None else None
        fig.add_trace(
            go.Scatter(
                x=data["ds"], y=data["y"], mode="lines", name=uid, showlegend=False,
                line={"color": STATUS_COLOURS.get(str(stat), "#0072B2"), "width": 1.8},
            ),
            row=i // cols + 1, col=i % cols + 1,
        )  # fmt: skip
    fig.update_annotations(font_size=11)
    fig.update_layout(
        title=title, height=max(260, 220 * rows), margin={"l": 40, "r": 10, "t": 70, "b": 30}
    )
    return fig
