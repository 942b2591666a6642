"""Export a :class:`LinkGraph` to GEXF (Gephi) and to i2 Analyst's Notebook import tables.

i2 Analyst's Notebook imports delimited text through an *import specification* that maps
columns to the two ends of a link. :func:`i2_tables` writes the layout that needs the
fewest settings in its Import Data wizard:

``entities.csv`` (one row per entity; import with the "Entities" design)
    ``Entity Type`` (i2 type name: Person, Telephone, Document, Vehicle, Account,
    Email Address, Case), ``Identity`` (unique key), ``Label`` (text shown on the chart),
    then attributes: ``Kind``, ``Records``, ``Countries``, ``First Seen``, ``Last Seen``,
    ``Network``, ``Betweenness``, ``Valid``.

``links.csv`` (one row per record-entity link; import with the "Link" design)
    ``From Entity Type``, ``From Identity``, ``From Label`` (the case),
    ``To Entity Type``, ``To Identity``, ``To Label`` (the entity),
    ``Link Type`` (``mentions``), ``Link Label`` (the entity kind), ``Network``.

In the import specification map *End 1* to the ``From`` columns and *End 2* to the ``To``
columns (Entity type = "Entity Type" column, Identity, Label), Link type to ``Link Type``
and the rest as attributes. Dates are ISO ``YYYY-MM-DD``. Files are UTF-8 with a BOM, which
Analyst's Notebook and Excel read as Unicode.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

import networkx as nx
import pandas as pd

from trendlib.errors import ParameterError
from trendlib.links.graph import LinkGraph

__all__ = [
    "I2_ENTITY_COLUMNS",
    "I2_LINK_COLUMNS",
    "I2_TYPES",
    "i2_tables",
    "write_gexf",
    "write_i2",
]

#: Entity kind -> i2 Analyst's Notebook entity type name.
I2_TYPES: Final = {
    "record": "Case",
    "name": "Person",
    "phone": "Telephone",
    "document": "Document",
    "vehicle": "Vehicle",
    "account": "Account",
    "email": "Email Address",
}
#: Columns of the i2 entity table.
I2_ENTITY_COLUMNS: Final = (
    "Entity Type",
    "Identity",
    "Label",
    "Kind",
    "Records",
    "Countries",
    "First Seen",
    "Last Seen",
    "Network",
    "Betweenness",
    "Valid",
)
#: Columns of the i2 link table.
I2_LINK_COLUMNS: Final = (
    "From Entity Type",
    "From Identity",
    "From Label",
    "To Entity Type",
    "To Identity",
    "To Label",
    "Link Type",
    "Link Label",
    "Network",
)


def _check(graph: object) -> LinkGraph:
    if not isinstance(graph, LinkGraph):
        raise ParameterError(
            f"expected a LinkGraph (from link_records), got {type(graph).__name__}."
        )
    return graph


def _iso(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, errors="coerce").dt.strftime("%Y-%m-%d").astype("string")


def i2_tables(graph: LinkGraph, *, shared_only: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return the entity and link tables that i2 Analyst's Notebook imports.

    Parameters
    ----------
    graph : LinkGraph
        Output of :func:`link_records` (pseudonymise it first for anything shared).
    shared_only : bool, default=False
        Keep only entities mentioned by two or more records (and their cases).

    Returns
    -------
    (DataFrame, DataFrame)
        Entities (:data:`I2_ENTITY_COLUMNS`, cases included as ``Case`` entities) and
        links (:data:`I2_LINK_COLUMNS`).

    Examples
    --------
    >>> from trendlib.links.graph import link_records
    >>> rec = pd.DataFrame({"record_id": ["r1", "r2"], "vehicles": ["AB-123-CD", "ab 123 cd"]})
    >>> ents, links = i2_tables(link_records(rec))
    >>> ents[["Entity Type", "Identity", "Label"]]
      Entity Type            Identity      Label
    0     Vehicle  vehicle:AB123CD  AB-123-CD
    1        Case                  r1         r1
    2        Case                  r2         r2
    >>> links[["From Identity", "To Entity Type", "Link Type"]]
      From Identity To Entity Type Link Type
    0            r1        Vehicle  mentions
    1            r2        Vehicle  mentions
    """
    graph = _check(graph)
    ent = graph.entities
    edges = graph.edges
    if shared_only:
        ent = ent[ent["n_records"] >= 2]
        edges = edges[edges["entity_id"].isin(ent["entity_id"])]
    ents = pd.DataFrame(
        {
            "Entity Type": ent["kind"].map(I2_TYPES).fillna("Entity").astype("string"),
            "Identity": ent["entity_id"].astype("string"),
            "Label": ent["label"].astype("string"),
            "Kind": ent["kind"].astype("string"),
            "Records": ent["n_records"],
            "Countries": ent["countries"].astype("string"),
            "First Seen": _iso(ent["first_seen"]),
            "Last Seen": _iso(ent["last_seen"]),
            "Network": ent["network_id"].astype("string"),
            "Betweenness": ent["betweenness"].round(6),
            "Valid": ent["valid"],
        }
    )
    assign = graph.assignments.set_index("record_id")["network_id"]
    rec_ids = pd.Series(pd.unique(edges["record_id"]), dtype="string")
    cases = pd.DataFrame(
        {
            "Entity Type": "Case",
            "Identity": rec_ids,
            "Label": rec_ids,
            "Kind": "record",
            "Records": 1,
            "Network": rec_ids.map(assign).astype("string"),
        }
    )
    ents = pd.concat([ents, cases], ignore_index=True)[list(I2_ENTITY_COLUMNS)]
    label = ent.set_index("entity_id")["label"]
    links = pd.DataFrame(
        {
            "From Entity Type": "Case",
            "From Identity": edges["record_id"].astype("string"),
            "From Label": edges["record_id"].astype("string"),
            "To Entity Type": edges["kind"].map(I2_TYPES).fillna("Entity").astype("string"),
            "To Identity": edges["entity_id"].astype("string"),
            "To Label": edges["entity_id"].map(label).astype("string"),
            "Link Type": "mentions",
            "Link Label": edges["kind"].astype("string"),
            "Network": edges["record_id"].map(assign).astype("string"),
        }
    ).reset_index(drop=True)
    return ents, links[list(I2_LINK_COLUMNS)]


def write_i2(
    graph: LinkGraph, directory: str | os.PathLike[str], *, shared_only: bool = False
) -> tuple[Path, Path]:
    """Write ``entities.csv`` and ``links.csv`` for i2 Analyst's Notebook into ``directory``.

    Parameters
    ----------
    graph : LinkGraph
        Output of :func:`link_records`.
    directory : str or path-like
        Folder to write to (created if absent).
    shared_only : bool, default=False
        See :func:`i2_tables`.

    Returns
    -------
    (Path, Path)
        The entity and link files.
    """
    ents, links = i2_tables(graph, shared_only=shared_only)
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    paths = folder / "entities.csv", folder / "links.csv"
    ents.to_csv(paths[0], index=False, encoding="utf-8-sig")
    links.to_csv(paths[1], index=False, encoding="utf-8-sig")
    return paths


def write_gexf(
    graph: LinkGraph,
    path: str | os.PathLike[str],
    *,
    network_id: str | None = None,
    shared_only: bool = True,
) -> Path:
    """Write the record-entity graph as GEXF (:func:`networkx.write_gexf`) for Gephi.

    Parameters
    ----------
    graph : LinkGraph
        Output of :func:`link_records`.
    path : str or path-like
        Output file (``.gexf``).
    network_id : str, optional
        Only this network.
    shared_only : bool, default=True
        Leave out entities mentioned by one record.

    Returns
    -------
    Path
        The written file.

    Examples
    --------
    >>> import tempfile
    >>> from trendlib.links.graph import link_records
    >>> rec = pd.DataFrame({"record_id": ["r1", "r2"], "emails": ["a@b.org", "A@B.org "]})
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = write_gexf(link_records(rec), Path(tmp) / "links.gexf")
    ...     nx.read_gexf(out).number_of_nodes()
    3
    """
    g = _check(graph).to_networkx(network_id=network_id, shared_only=shared_only)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(g, out)
    return out
