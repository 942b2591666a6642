"""Network chart of linked cases: records and the identifiers they share.

Frames in, ``go.Figure`` out. The chart is for operational reports, so it never shows
an identifier in clear: entity nodes are labelled with keyed pseudonyms
(:func:`trendlib.privacy.pseudonymise`). If the entity ids are already tokens (the
output of ``pseudonymise_graph``) they are shown as they are; otherwise they are
pseudonymised here, which needs ``TRENDLIB_PSEUDONYM_KEY`` (or ``key=``).
"""

from __future__ import annotations

import re
from typing import Final

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from trendlib.errors import DataContractError, ParameterError, short_list
from trendlib.privacy import pseudonymise

__all__ = ["KIND_COLOURS", "network_figure"]

#: Node colour per kind (Okabe-Ito, colour-blind safe); records are grey.
KIND_COLOURS: Final = {
    "record": "#999999",
    "name": "#E69F00",
    "phone": "#0072B2",
    "document": "#009E73",
    "vehicle": "#CC79A7",
    "account": "#D55E00",
    "email": "#56B4E9",
}
_PREFIX: Final = {
    "name": "PERSON",
    "phone": "PHONE",
    "document": "DOC",
    "vehicle": "VEHICLE",
    "account": "ACCOUNT",
    "email": "EMAIL",
}
_TOKEN: Final = re.compile(r"^[A-Z]+-[0-9a-f]{8,64}$")


def _tokens(entities: pd.DataFrame, key: bytes | str | None) -> pd.Series:
    ids = entities["entity_id"].astype("string")
    if bool(ids.str.match(_TOKEN.pattern).all()):
        return ids
    out = pd.Series(pd.NA, index=entities.index, dtype="string")
    for kind, sub in entities.groupby("kind"):
        out[sub.index] = pseudonymise(
            sub["entity_id"].astype("string"), key=key, prefix=_PREFIX.get(str(kind), "ID")
        )
    return out


def network_figure(
    edges: pd.DataFrame,
    entities: pd.DataFrame,
    *,
    assignments: pd.DataFrame | None = None,
    network_id: str | None = None,
    max_networks: int = 5,
    key: bytes | str | None = None,
    random_state: int = 0,
    title: str | None = None,
) -> go.Figure:
    """Draw linked cases and the shared identifiers that tie them (spring layout).

    Parameters
    ----------
    edges : DataFrame
        ``record_id``, ``entity_id``, ``kind`` (``LinkGraph.edges``).
    entities : DataFrame
        ``entity_id``, ``kind``, ``n_records`` (``LinkGraph.entities``). Only entities
        shared by two or more records are drawn.
    assignments : DataFrame, optional
        ``record_id``, ``network_id`` (``LinkGraph.assignments``): needed to pick networks.
    network_id : str, optional
        Draw this network only. Default: the ``max_networks`` largest.
    max_networks : int, default=5
        How many networks to draw when ``network_id`` is not given.
    key : bytes or str, optional
        Pseudonymisation key if the entity ids are not tokens yet; default
        ``TRENDLIB_PSEUDONYM_KEY``.
    random_state : int, default=0
        Seed of the spring layout.
    title : str, optional
        Figure title.

    Returns
    -------
    plotly.graph_objects.Figure
        Edges as grey lines; one marker trace per kind (legend), size by degree; hover
        shows pseudonyms, kinds and counts only.

    Raises
    ------
    DataContractError
        If a frame lacks a needed column.
    MissingKeyError
        If ids must be pseudonymised and no key is configured.

    Examples
    --------
    >>> edges = pd.DataFrame({"record_id": ["r1", "r2", "r2", "r3"],
    ...                       "entity_id": ["phone:+1", "phone:+1", "doc:X", "doc:X"],
    ...                       "kind": ["phone", "phone", "document", "document"]})
    >>> ents = pd.DataFrame({"entity_id": ["phone:+1", "doc:X"], "kind": ["phone", "document"],
    ...                      "n_records": [2, 2]})
    >>> fig = network_figure(edges, ents, key="a-secret-of-16-chars-or-more")
    >>> sorted(t.name for t in fig.data)
    ['document', 'links', 'phone', 'record']
    >>> any("phone:+1" in str(t.hovertext) for t in fig.data)
    False
    """
    for frame, cols, what in (
        (edges, ("record_id", "entity_id", "kind"), "edges"),
        (entities, ("entity_id", "kind", "n_records"), "entities"),
    ):
        if not isinstance(frame, pd.DataFrame):
            raise DataContractError(f"{what} must be a DataFrame, got {type(frame).__name__}.")
        missing = [c for c in cols if c not in frame.columns]
        if missing:
            raise DataContractError(
                f"{what} lacks column(s) {short_list(missing)}; pass LinkGraph.{what}."
            )
    if not isinstance(max_networks, int) or max_networks < 1:
        raise ParameterError(f"max_networks must be a positive integer, got {max_networks!r}.")
    shared = entities[entities["n_records"] >= 2]
    links = edges[edges["entity_id"].isin(shared["entity_id"])]
    if assignments is not None and len(links):
        net = links["record_id"].map(assignments.set_index("record_id")["network_id"])
        if network_id is not None:
            keep = net == network_id
        else:
            top = net.value_counts().head(max_networks).index
            keep = net.isin(top)
        links = links[keep.fillna(False).to_numpy(dtype=bool)]
    elif network_id is not None:
        raise ParameterError("network_id needs assignments=LinkGraph.assignments.")
    shared = shared[shared["entity_id"].isin(links["entity_id"])]
    token = pd.Series(_tokens(shared, key).to_numpy(), index=shared["entity_id"].to_numpy())

    graph = nx.Graph()
    graph.add_edges_from(links[["record_id", "entity_id"]].itertuples(index=False, name=None))
    pos = nx.spring_layout(graph, seed=random_state) if graph.number_of_nodes() else {}

    fig = go.Figure()
    ex: list[float | None] = []
    ey: list[float | None] = []
    for a, b in graph.edges():
        ex += [float(pos[a][0]), float(pos[b][0]), None]
        ey += [float(pos[a][1]), float(pos[b][1]), None]
    fig.add_trace(
        go.Scatter(
            x=ex,
            y=ey,
            mode="lines",
            name="links",
            hoverinfo="skip",
            line={"color": "#cccccc", "width": 1},
            showlegend=False,
        )
    )
    kind_of = pd.concat(
        [
            pd.Series("record", index=pd.unique(links["record_id"])),
            pd.Series(shared["kind"].astype(str).to_numpy(), index=shared["entity_id"].to_numpy()),
        ]
    )
    nodes = list(graph.nodes())
    degree = dict(graph.degree())
    for kind in [k for k in KIND_COLOURS if k in set(kind_of.reindex(nodes))]:
        sel = [n for n in nodes if kind_of.get(n) == kind]
        deg = np.array([degree[n] for n in sel], dtype=float)
        if kind == "record":
            text = [f"case {n}<br>{degree[n]} shared identifier(s)" for n in sel]
        else:
            text = [f"{token[n]}<br>{kind}, in {degree[n]} case(s)" for n in sel]
        fig.add_trace(
            go.Scatter(
                x=[float(pos[n][0]) for n in sel],
                y=[float(pos[n][1]) for n in sel],
                mode="markers",
                name=kind,
                hovertext=text,
                hoverinfo="text",
                marker={
                    "color": KIND_COLOURS[kind],
                    "size": (6 + 4 * np.sqrt(deg)).tolist(),
                    "symbol": "square" if kind == "record" else "circle",
                    "line": {"width": 0.5, "color": "white"},
                },
            )
        )
    fig.update_layout(
        template="simple_white",
        title=title,
        xaxis={"visible": False},
        yaxis={"visible": False, "scaleanchor": "x"},
        legend={"title": {"text": "node"}},
        margin={"l": 10, "r": 10, "t": 40 if title else 10, "b": 10},
    )
    return fig
