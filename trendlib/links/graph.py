"""The record-entity graph: networks of cases linked by shared phones, documents, people.

:func:`link_records` extracts the identifiers of each record (:func:`extract_entities`),
joins records that mention the same normalised value, and describes the result:

* **entities**: one row per distinct identifier: kind, label, how many records and
  countries mention it, its network, degree and betweenness (who ties cases together);
* **edges**: the bipartite record-entity links;
* **networks**: connected components of records linked through shared entities, with the
  crimes, countries and period they span, and communities (Louvain) inside large ones;
* **assignments**: record -> network and community.

Entity ids are ``"<kind>:<normalised value>"``: deterministic and readable, and exactly as
sensitive as the value itself. :func:`pseudonymise_graph` replaces them (and the labels)
with keyed HMAC tokens before anything leaves the analyst's machine.

Network ids are ``"N-"`` + 10 hex characters of a BLAKE2b hash of the network's smallest
``record_id``: the same network keeps its id when unrelated records are added.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Final

import networkx as nx
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from trendlib.errors import DataContractError, ParameterError
from trendlib.links.normalise import extract_entities
from trendlib.privacy import pseudonymise

__all__ = [
    "ASSIGNMENT_COLUMNS",
    "EDGE_COLUMNS",
    "ENTITY_TABLE_COLUMNS",
    "NETWORK_COLUMNS",
    "LinkGraph",
    "link_records",
    "pseudonymise_graph",
]

#: Columns of :attr:`LinkGraph.entities`.
ENTITY_TABLE_COLUMNS: Final = (
    "entity_id",
    "kind",
    "label",
    "valid",
    "n_records",
    "n_countries",
    "countries",
    "first_seen",
    "last_seen",
    "network_id",
    "betweenness",
)
#: Columns of :attr:`LinkGraph.edges`.
EDGE_COLUMNS: Final = ("record_id", "entity_id", "kind")
#: Columns of :attr:`LinkGraph.networks`.
NETWORK_COLUMNS: Final = (
    "network_id",
    "n_records",
    "n_entities",
    "n_persons",
    "crime_types",
    "detection_countries",
    "n_detection_countries",
    "countries",
    "n_countries",
    "first_date",
    "last_date",
    "n_communities",
    "key_entity",
)
#: Columns of :attr:`LinkGraph.assignments`.
ASSIGNMENT_COLUMNS: Final = ("record_id", "network_id", "community_id")

#: Token prefixes of pseudonymised entities, by kind.
_PREFIX: Final = {
    "name": "PERSON",
    "phone": "PHONE",
    "document": "DOC",
    "vehicle": "VEHICLE",
    "account": "ACCOUNT",
    "email": "EMAIL",
}
_COUNTRY_COLUMNS: Final = ("detection_country", "origin_country", "destination_country")
# Record columns that the entity and network tables read.
_RECORD_INFO_COLUMNS: Final = (
    "event_date",
    "crime_type",
    "n_persons",
    *_COUNTRY_COLUMNS,
    "transit_countries",
)


@dataclass(frozen=True)
class LinkGraph:
    """Records linked through shared identifiers (output of :func:`link_records`).

    Attributes
    ----------
    entities : DataFrame
        One row per distinct identifier (:data:`ENTITY_TABLE_COLUMNS`): ``entity_id``,
        ``kind``, ``label`` (the commonest spelling, or a token once pseudonymised),
        ``valid`` (every mention passed its check), ``n_records`` (degree: records that
        mention it), ``n_countries`` / ``countries`` (detection countries of those
        records), ``first_seen`` / ``last_seen``, ``network_id`` (NA when it ties no
        network), ``betweenness`` (normalised within its network; 0 for leaves).
        Sorted by ``n_records`` then ``betweenness``, descending.
    edges : DataFrame
        ``record_id``, ``entity_id``, ``kind``: one row per record-entity link.
    networks : DataFrame
        One row per network of at least ``min_records`` linked records
        (:data:`NETWORK_COLUMNS`), largest first.
    assignments : DataFrame
        ``record_id``, ``network_id``, ``community_id`` for every input record
        (NA when the record is linked to no other).
    mentions : DataFrame
        The long mention table of :func:`extract_entities` (raw values as written, or
        tokens once pseudonymised) with ``entity_id``.
    pseudonymised : bool
        True when ids and labels are keyed tokens.
    """

    entities: pd.DataFrame
    edges: pd.DataFrame
    networks: pd.DataFrame
    assignments: pd.DataFrame
    mentions: pd.DataFrame = field(repr=False)
    pseudonymised: bool = False

    def key_entities(self, n: int = 10, *, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
        """Return the ``n`` entities that tie most records together.

        Parameters
        ----------
        n : int, default=10
            How many rows.
        kinds : tuple of str, optional
            Keep only these kinds (e.g. ``("phone", "document")``).

        Returns
        -------
        DataFrame
            Rows of :attr:`entities` with ``n_records >= 2``, by ``n_records`` then
            ``betweenness``.
        """
        ent = self.entities[self.entities["n_records"] >= 2]
        if kinds is not None:
            ent = ent[ent["kind"].isin(kinds)]
        return ent.head(n).reset_index(drop=True)

    def to_networkx(self, *, network_id: str | None = None, shared_only: bool = True) -> nx.Graph:
        """Return the record-entity graph as a :class:`networkx.Graph`.

        Parameters
        ----------
        network_id : str, optional
            Only this network.
        shared_only : bool, default=True
            Leave out entities mentioned by a single record (leaves).

        Returns
        -------
        networkx.Graph
            Nodes ``record_id`` (``type="record"``) and ``entity_id`` (``type="entity"``,
            ``kind``, ``label``, ``n_records``); edges carry ``kind``.
        """
        edges = self.edges
        ent = self.entities
        if shared_only:
            ent = ent[ent["n_records"] >= 2]
            edges = edges[edges["entity_id"].isin(ent["entity_id"])]
        if network_id is not None:
            recs = self.assignments.loc[self.assignments["network_id"] == network_id, "record_id"]
            edges = edges[edges["record_id"].isin(recs)]
            ent = ent[ent["entity_id"].isin(edges["entity_id"])]
        graph = nx.Graph()
        assign = self.assignments.drop_duplicates("record_id").set_index("record_id")
        recs = pd.Series(pd.unique(edges["record_id"]), dtype="string")
        nets = recs.map(assign["network_id"]).fillna("")
        comms = recs.map(assign["community_id"]).fillna("")
        graph.add_nodes_from(
            (str(r), {"type": "record", "network_id": str(n), "community_id": str(c)})
            for r, n, c in zip(recs, nets, comms, strict=True)
        )
        graph.add_nodes_from(
            (
                str(i),
                {"type": "entity", "kind": str(k), "label": str(lab), "n_records": int(n)},
            )
            for i, k, lab, n in zip(
                ent["entity_id"], ent["kind"], ent["label"], ent["n_records"], strict=True
            )
        )
        graph.add_edges_from(
            (str(r), str(e), {"kind": str(k)})
            for r, e, k in edges[["record_id", "entity_id", "kind"]].itertuples(index=False)
        )
        return graph


def _hash_id(prefix: str, values: pd.Series) -> pd.Series:
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    tokens = np.array(
        [
            prefix + hashlib.blake2b(str(u).encode("utf-8"), digest_size=5).hexdigest()
            for u in uniques
        ]
        + [None],
        dtype=object,
    )
    return pd.Series(tokens[codes], index=values.index, dtype="string")


def _join_unique(frame: pd.DataFrame, by: str, col: str) -> pd.DataFrame:
    """Per group of ``by``: sorted distinct values of ``col`` joined by ``|`` and their count."""
    sub = frame[[by, col]].dropna().drop_duplicates().sort_values([by, col])
    sub[col] = sub[col].astype(str)
    joined = sub.groupby(by, sort=False)[col].agg("|".join)
    count = sub.groupby(by, sort=False).size()
    return pd.DataFrame({"values": joined, "n": count})


def _commonest(codes: np.ndarray, raw: pd.Series, n: int) -> np.ndarray:
    """Per group code ``0..n-1``: the commonest ``raw`` value, ties to the smallest."""
    # np.unique on (group, value) codes counts the pairs; only groups with a tie for the
    # top count compare strings (sorting every value would make millions of objects).
    raw_codes, raw_uniques = pd.factorize(raw)
    n_raw = max(len(raw_uniques), 1)
    pairs, counts = np.unique(codes.astype(np.int64) * n_raw + raw_codes, return_counts=True)
    group, value = pairs // n_raw, pairs % n_raw
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    top_count = np.zeros(n, dtype=counts.dtype)
    top_count[group[starts]] = np.maximum.reduceat(counts, starts)
    top = counts == top_count[group]
    group, value = group[top], value[top]
    alone = np.bincount(group, minlength=n)[group] == 1
    out = np.full(n, None, dtype=object)
    out[group[alone]] = np.asarray(raw_uniques.take(value[alone]), dtype=object)
    if not alone.all():
        tied = pd.DataFrame(
            {"g": group[~alone], "raw": np.asarray(raw_uniques.take(value[~alone]), dtype=object)}
        )
        best = tied.sort_values(["g", "raw"]).drop_duplicates("g")
        out[best["g"].to_numpy()] = best["raw"].to_numpy()
    return out


def _empty_graph(mentions: pd.DataFrame, records: pd.DataFrame) -> LinkGraph:
    entities = pd.DataFrame(
        {
            "entity_id": pd.Series(dtype="string"),
            "kind": pd.Series(dtype="string"),
            "label": pd.Series(dtype="string"),
            "valid": pd.Series(dtype=bool),
            "n_records": pd.Series(dtype="int64"),
            "n_countries": pd.Series(dtype="int64"),
            "countries": pd.Series(dtype="string"),
            "first_seen": pd.Series(dtype="datetime64[ns]"),
            "last_seen": pd.Series(dtype="datetime64[ns]"),
            "network_id": pd.Series(dtype="string"),
            "betweenness": pd.Series(dtype="float64"),
        }
    )
    edges = pd.DataFrame({c: pd.Series(dtype="string") for c in EDGE_COLUMNS})
    networks = pd.DataFrame(
        {
            "network_id": pd.Series(dtype="string"),
            "n_records": pd.Series(dtype="int64"),
            "n_entities": pd.Series(dtype="int64"),
            "n_persons": pd.Series(dtype="Int64"),
            "crime_types": pd.Series(dtype="string"),
            "detection_countries": pd.Series(dtype="string"),
            "n_detection_countries": pd.Series(dtype="int64"),
            "countries": pd.Series(dtype="string"),
            "n_countries": pd.Series(dtype="int64"),
            "first_date": pd.Series(dtype="datetime64[ns]"),
            "last_date": pd.Series(dtype="datetime64[ns]"),
            "n_communities": pd.Series(dtype="int64"),
            "key_entity": pd.Series(dtype="string"),
        }
    )
    assignments = pd.DataFrame(
        {
            "record_id": records["record_id"].astype("string").reset_index(drop=True),
            "network_id": pd.Series([pd.NA] * len(records), dtype="string"),
            "community_id": pd.Series([pd.NA] * len(records), dtype="string"),
        }
    )
    mentions = mentions.assign(entity_id=pd.Series(dtype="string"))
    return LinkGraph(entities, edges, networks, assignments, mentions)


def _betweenness(
    edges: pd.DataFrame, network_of: pd.Series, *, max_exact: int, random_state: int
) -> pd.Series:
    """Betweenness of shared entities, normalised within each network.

    Computed network by network on the graph of records and shared entities (networkx
    initialises its per-source tables over the whole graph, so one call over many
    networks would cost the square of the total size). A network tied by one entity is a
    star (betweenness 1, no graph needed). Networks up to ``max_exact`` nodes are exact;
    larger ones are sampled from 100 seeded sources.
    """
    out: dict[str, float] = {}
    if edges.empty:
        return pd.Series(out, dtype="float64")
    net = edges["record_id"].map(network_of).to_numpy(dtype=object)
    order = np.argsort(net, kind="stable")
    net_sorted = net[order]
    recs = edges["record_id"].to_numpy(dtype=object)[order]
    ents = edges["entity_id"].to_numpy(dtype=object)[order]
    bounds = np.flatnonzero(net_sorted[1:] != net_sorted[:-1]) + 1
    starts = np.concatenate([[0], bounds])
    stops = np.concatenate([bounds, [len(net_sorted)]])
    for a, b in zip(starts.tolist(), stops.tolist(), strict=True):
        entity_ids = set(ents[a:b].tolist())
        if len(entity_ids) == 1:
            out[str(next(iter(entity_ids)))] = 1.0
            continue
        g = nx.Graph()
        g.add_edges_from(zip(recs[a:b].tolist(), ents[a:b].tolist(), strict=True))
        if g.number_of_nodes() <= max_exact:
            values = nx.betweenness_centrality(g, normalized=True)
        else:
            values = nx.betweenness_centrality(g, k=100, normalized=True, seed=random_state)
        out.update({str(e): float(values[e]) for e in entity_ids})
    return pd.Series(out, dtype="float64")


def _communities(
    edges: pd.DataFrame, assign: pd.DataFrame, sizes: pd.Series, *, min_size: int, random_state: int
) -> pd.Series:
    """Community id per record: Louvain inside networks of at least ``min_size`` records."""
    community = assign["network_id"].copy()
    big = set(sizes.index[sizes >= min_size])
    if not big:
        return community
    rec_net = assign.set_index("record_id")["network_id"]
    sub_all = edges.assign(_net=edges["record_id"].map(rec_net))
    sub_all = sub_all[sub_all["_net"].isin(big)]
    labels: dict[str, str] = {}
    for net, sub in sub_all.groupby("_net", sort=True):
        recs = set(sub["record_id"])
        g = nx.Graph()
        g.add_edges_from(zip(sub["record_id"], sub["entity_id"], strict=True))
        parts = nx.community.louvain_communities(g, seed=random_state)
        rec_parts = [sorted(n for n in p if n in recs) for p in parts]
        rec_parts = sorted((p for p in rec_parts if p), key=lambda p: p[0])
        labels.update({rid: f"{net}.{i + 1}" for i, p in enumerate(rec_parts) for rid in p})
    mapped = assign["record_id"].map(labels)
    return community.where(mapped.isna(), mapped)


def _name_scope(records: pd.DataFrame, rid: pd.Series, name_scope: str | None) -> pd.Series | None:
    """Per record_id, the context a name is scoped to (nationality, else origin country)."""
    if name_scope == "nationality" and "nationality" not in records.columns:
        name_scope = "origin_country" if "origin_country" in records.columns else None
    if name_scope is None:
        return None
    if name_scope not in records.columns:
        raise ParameterError(
            f"name_scope={name_scope!r} is not a column of the records; use 'nationality', "
            "another column, or None to link every record naming the same person."
        )
    ctx = records[name_scope].astype("string")
    if name_scope == "nationality" and "origin_country" in records.columns:
        ctx = ctx.fillna(records["origin_country"].astype("string"))
    return pd.Series(ctx.to_numpy(), index=pd.Index(rid.to_numpy()))


def link_records(
    records: pd.DataFrame,
    *,
    columns: Mapping[str, str] | None = None,
    name_scope: str | None = "nationality",
    min_records: int = 2,
    community_min_size: int = 30,
    betweenness_max_exact: int = 5000,
    pseudonymise: bool = False,
    key: bytes | str | None = None,
    random_state: int = 0,
) -> LinkGraph:
    """Link records that share an identifier and describe the networks they form.

    Parameters
    ----------
    records : DataFrame
        A record frame (``record_id``; ``event_date``, ``crime_type``, ``n_persons`` and
        the country columns are used when present) with any identifier columns
        (``suspect_names``, ``phones``, ``documents``, ``vehicles``, ``accounts``,
        ``emails``; ``|``-joined). Not modified.
    columns : mapping of str to str, optional
        Identifier column -> kind, when the columns have other names (see
        :func:`extract_entities`).
    name_scope : str or None, default="nationality"
        A shared name links two records only when this column agrees too (for
        ``"nationality"``, missing values fall back to ``origin_country``): names are weak
        identifiers ("Mohamed Ali", "Ana Rossi"), and unscoped they chain unrelated cases
        (on the synthetic samples pairwise precision falls from 0.98 to 0.78). Name
        entity ids then read ``name:<key>@<context>``. Without a ``nationality`` column
        the default uses ``origin_country``, and without either it links on the name
        alone, as ``None`` does.
        Phones, documents, vehicles, accounts and e-mails always link.
    min_records : int, default=2
        Smallest number of linked records that makes a network.
    community_min_size : int, default=30
        Networks with at least this many records are split into communities (Louvain,
        seeded); smaller ones are one community.
    betweenness_max_exact : int, default=5000
        Networks with more nodes get sampled betweenness (100 seeded sources).
    pseudonymise : bool, default=False
        Replace entity ids and labels with keyed tokens (:func:`pseudonymise_graph`).
    key : bytes or str, optional
        Pseudonymisation key; default ``TRENDLIB_PSEUDONYM_KEY``.
    random_state : int, default=0
        Seed of Louvain and of sampled betweenness.

    Returns
    -------
    LinkGraph
        Entities, edges, networks and assignments. Empty tables (not an error) when no
        identifier column is present or filled.

    Raises
    ------
    DataContractError
        If ``records`` is not a DataFrame, lacks ``record_id`` or repeats one.
    ParameterError
        If an option is out of range.
    MissingKeyError
        If ``pseudonymise=True`` and no key is configured.

    Examples
    --------
    >>> rec = pd.DataFrame({
    ...     "record_id": ["r1", "r2", "r3"],
    ...     "event_date": pd.to_datetime(["2024-01-05", "2024-03-01", "2024-02-01"]),
    ...     "crime_type": ["trafficking", "smuggling", "smuggling"],
    ...     "detection_country": ["NGA", "NGA", "ITA"],
    ...     "phones": ["+234 801 234 5678", "08012345678", None],
    ...     "suspect_names": ["OKAFOR John", "John Okafor|Ada Eze", "Luca Rossi"]})
    >>> g = link_records(rec)
    >>> g.networks[["n_records", "n_entities", "crime_types", "first_date"]]
       n_records  n_entities            crime_types first_date
    0          2           2  smuggling|trafficking 2024-01-05
    >>> g.key_entities()[["entity_id", "n_records"]]
                  entity_id  n_records
    0          name:john okafor          2
    1  phone:+2348012345678          2
    """
    if not isinstance(records, pd.DataFrame):
        raise DataContractError(
            f"expected a record frame (pandas DataFrame), got {type(records).__name__}; "
            "pass the output of trendlib.clean_records."
        )
    for name, value, low in (
        ("min_records", min_records, 2),
        ("community_min_size", community_min_size, 3),
        ("betweenness_max_exact", betweenness_max_exact, 10),
    ):
        if not isinstance(value, int | np.integer) or isinstance(value, bool) or value < low:
            raise ParameterError(f"{name} must be an integer >= {low}, got {value!r}.")
    mentions = extract_entities(records, columns=columns)
    rid = records["record_id"].astype("string")
    if rid.isna().any():
        raise DataContractError(
            f"record_id is missing in {int(rid.isna().sum())} row(s) (first at row "
            f"{int(np.flatnonzero(rid.isna().to_numpy())[0])}); every record needs an id."
        )
    if rid.duplicated().any():
        dup = rid[rid.duplicated()].iloc[0]
        raise DataContractError(
            f"record_id {dup!r} appears more than once; link_records needs one row per "
            "record (drop or merge duplicates first, e.g. with clean_records)."
        )
    usable = mentions[mentions["normalised"].notna()]
    if usable.empty:
        graph = _empty_graph(mentions, records)
        return pseudonymise_graph(graph, key=key) if pseudonymise else graph

    entity_id = (mentions["kind"] + ":" + mentions["normalised"]).astype("string")
    scope = _name_scope(records, rid, name_scope)
    if scope is not None:
        is_name = (mentions["kind"] == "name").to_numpy()
        ctx = mentions["record_id"].map(scope).fillna("").astype("string")
        entity_id = entity_id.where(~is_name | (ctx == "").to_numpy(), entity_id + "@" + ctx)
    mentions = mentions.assign(entity_id=entity_id)
    usable = mentions[mentions["entity_id"].notna()]
    # Entity codes by first appearance in ``usable``: ``edges`` keeps the first mention of
    # each (record, entity), so the first appearances, hence the codes, are the same there.
    u_codes, ent_uniques = pd.factorize(usable["entity_id"])
    first_pair = ~usable.duplicated(["record_id", "entity_id"]).to_numpy(dtype=bool)
    edges = usable.loc[first_pair, ["record_id", "entity_id", "kind"]].reset_index(drop=True)
    ent_codes = u_codes[first_pair]

    # --- networks: connected components of the bipartite graph (scipy: vectorised) -----
    _, rec_uniques = pd.factorize(rid, use_na_sentinel=True)
    n_rec, n_ent = len(rec_uniques), len(ent_uniques)
    e_rec = pd.Index(rec_uniques).get_indexer(pd.Index(edges["record_id"]))
    e_ent = n_rec + ent_codes
    adj = coo_matrix(
        (np.ones(len(edges), dtype=np.int8), (e_rec, e_ent)), shape=(n_rec + n_ent, n_rec + n_ent)
    )
    _, comp = connected_components(adj, directed=False)
    rec_comp = comp[:n_rec]
    comp_size = np.bincount(rec_comp, minlength=comp.max() + 1)
    linked = comp_size[rec_comp] >= min_records
    rec_names = pd.Series(np.asarray(rec_uniques, dtype=object))
    order = np.argsort(rec_names.to_numpy(dtype=str), kind="stable")
    first = pd.Series(order, index=rec_comp[order])
    first = first[~first.index.duplicated()]
    smallest = rec_names.to_numpy()[first.reindex(rec_comp).to_numpy()]
    net_of_rec = _hash_id("N-", pd.Series(smallest, dtype="object")).where(linked, pd.NA)
    network_of = pd.Series(net_of_rec.to_numpy(), index=pd.Index(rec_uniques, dtype="string"))
    assignments = pd.DataFrame(
        # rec_uniques is rid itself (ids are unique), so records are in net_of_rec's order.
        {"record_id": rid.reset_index(drop=True), "network_id": net_of_rec.to_numpy()}
    )
    assignments["network_id"] = assignments["network_id"].astype("string")

    # --- entities ----------------------------------------------------------------------
    # Only the columns the tables below read (a copy of the whole frame costs memory).
    info_cols = [c for c in _RECORD_INFO_COLUMNS if c in records.columns]
    rec_info = (
        records[info_cols].reset_index(drop=True).assign(record_id=rid.reset_index(drop=True))
    )
    # record_id is unique: a positional take is the left merge on it, without the hash join.
    edge_rec = pd.DataFrame(
        {
            c: rec_info[c].take(e_rec).reset_index(drop=True)
            for c in ("event_date", "detection_country")
            if c in rec_info
        },
        index=edges.index,
    )
    # Entities are numbered by first appearance in ``edges`` (as groupby(sort=False) would
    # order them) and every per-entity column is computed on those integer codes: mapping
    # millions of string ids through hash tables again and again cost most of the memory.
    entities = pd.DataFrame({"entity_id": pd.Series(ent_uniques, dtype="string")})
    n_records = np.bincount(ent_codes, minlength=n_ent)
    first_edge = np.unique(ent_codes, return_index=True)[1]  # first edge of each entity
    entities["kind"] = edges["kind"].take(first_edge).reset_index(drop=True).astype("string")
    entities["label"] = pd.array(_commonest(u_codes, usable["raw"], n_ent), dtype="string")
    bad = np.bincount(u_codes, weights=~usable["valid"].to_numpy(dtype=bool), minlength=n_ent)
    del usable, u_codes  # mention-sized: free them before the next tables
    entities["valid"] = bad == 0
    entities["n_records"] = n_records.astype("int64")
    if "detection_country" in edge_rec:
        # Joining strings per group is a Python loop: do it for shared entities only; an
        # entity of one record has that record's country.
        single = n_records == 1
        multi = edge_rec[["detection_country"]].assign(_ent=ent_codes)[~single[ent_codes]]
        ctry = _join_unique(multi, "_ent", "detection_country").reindex(np.arange(n_ent))
        first = edge_rec["detection_country"].take(first_edge).reset_index(drop=True)
        first = first.astype("string")
        entities["countries"] = first.where(single, ctry["values"])
        entities["countries"] = entities["countries"].astype("string")
        entities["n_countries"] = np.where(
            single, first.notna().to_numpy(), ctry["n"].fillna(0).to_numpy()
        ).astype("int64")
    else:
        entities["n_countries"] = 0
        entities["countries"] = pd.Series(pd.NA, index=entities.index, dtype="string")
    if "event_date" in edge_rec:
        dates = pd.to_datetime(edge_rec["event_date"], errors="coerce")
        grouped = dates.groupby(ent_codes)
        entities["first_seen"] = grouped.min().reindex(np.arange(n_ent)).array
        entities["last_seen"] = grouped.max().reindex(np.arange(n_ent)).array
    else:
        entities["first_seen"] = pd.NaT
        entities["last_seen"] = pd.NaT
    del edge_rec
    entities["network_id"] = net_of_rec.take(e_rec[first_edge]).reset_index(drop=True)
    entities["network_id"] = entities["network_id"].astype("string")

    # --- centrality and communities (networkx) on the shared part only -------------------
    shared_ent = n_records >= 2
    shared = set(ent_uniques[shared_ent])
    core = edges[shared_ent[ent_codes] & linked[e_rec]]
    between = _betweenness(
        core, network_of, max_exact=betweenness_max_exact, random_state=random_state
    )
    betweenness = np.zeros(n_ent)
    if len(between):
        core_code = pd.Series(ent_codes[shared_ent[ent_codes] & linked[e_rec]])
        core_code.index = pd.Index(core["entity_id"])
        core_code = core_code[~core_code.index.duplicated()]
        betweenness[core_code.reindex(between.index).to_numpy()] = between.to_numpy(dtype=float)
    entities["betweenness"] = betweenness
    # Arrow sorts the ids without making millions of Python strings (pandas' lexsort
    # would); the ids are unique, so the order is the same.
    order = pc.sort_indices(
        pa.table(
            {
                "n": entities["n_records"].to_numpy(),
                "b": entities["betweenness"].to_numpy(),
                "id": pa.array(entities["entity_id"].array),
            }
        ),
        sort_keys=[("n", "descending"), ("b", "descending"), ("id", "ascending")],
    )
    entities = entities.take(order.to_numpy()).reset_index(drop=True)

    net_sizes = assignments["network_id"].value_counts()
    assignments["community_id"] = _communities(
        core, assignments, net_sizes, min_size=community_min_size, random_state=random_state
    ).astype("string")

    # --- networks ------------------------------------------------------------------------
    networks = _describe_networks(rec_info, assignments, entities, shared)
    graph = LinkGraph(entities, edges, networks, assignments, mentions)
    return pseudonymise_graph(graph, key=key) if pseudonymise else graph


def _describe_networks(
    rec_info: pd.DataFrame, assignments: pd.DataFrame, entities: pd.DataFrame, shared: set[str]
) -> pd.DataFrame:
    linked = assignments.dropna(subset=["network_id"])
    info = linked.merge(
        rec_info.drop(columns=["network_id"], errors="ignore"), on="record_id", how="left"
    )
    by = info.groupby("network_id", sort=False)
    out = pd.DataFrame({"n_records": by.size()})
    core = entities[entities["entity_id"].isin(shared) & entities["network_id"].notna()]
    out["n_entities"] = (
        core.groupby("network_id").size().reindex(out.index).fillna(0).astype("int64")
    )
    if "n_persons" in info:
        out["n_persons"] = by["n_persons"].sum(min_count=1).astype("Int64")
    else:
        out["n_persons"] = pd.array([pd.NA] * len(out), dtype="Int64")
    for col, name in (("crime_type", "crime_types"), ("detection_country", "detection_countries")):
        if col in info:
            agg = _join_unique(info, "network_id", col)
            out[name] = agg["values"].reindex(out.index).astype("string")
            if name == "detection_countries":
                out["n_detection_countries"] = agg["n"].reindex(out.index).fillna(0).astype("int64")
        else:
            out[name] = pd.Series(pd.NA, index=out.index, dtype="string")
            if name == "detection_countries":
                out["n_detection_countries"] = 0
    country_cols = [c for c in _COUNTRY_COLUMNS if c in info]
    parts = [
        info[["network_id", c]].set_axis(["network_id", "country"], axis=1) for c in country_cols
    ]
    if "transit_countries" in info:
        transit = info[["network_id", "transit_countries"]].dropna()
        transit = transit.assign(country=transit["transit_countries"].astype(str).str.split("|"))
        parts.append(transit[["network_id", "country"]].explode("country"))
    if parts:
        agg = _join_unique(pd.concat(parts, ignore_index=True), "network_id", "country")
        out["countries"] = agg["values"].reindex(out.index).astype("string")
        out["n_countries"] = agg["n"].reindex(out.index).fillna(0).astype("int64")
    else:
        out["countries"] = pd.Series(pd.NA, index=out.index, dtype="string")
        out["n_countries"] = 0
    if "event_date" in info:
        dates = pd.to_datetime(info["event_date"], errors="coerce").groupby(info["network_id"])
        out["first_date"] = dates.min()
        out["last_date"] = dates.max()
    else:
        out["first_date"] = pd.NaT
        out["last_date"] = pd.NaT
    out["n_communities"] = by["community_id"].nunique().astype("int64")
    # entities are sorted by n_records then betweenness: the first per network is the key one.
    key = core.drop_duplicates("network_id").set_index("network_id")["entity_id"]
    out["key_entity"] = key.reindex(out.index).astype("string")
    out = out.rename_axis("network_id").reset_index()
    out["network_id"] = out["network_id"].astype("string")
    out = out.sort_values(["n_records", "network_id"], ascending=[False, True]).reset_index(
        drop=True
    )
    return out[list(NETWORK_COLUMNS)]


def pseudonymise_graph(graph: LinkGraph, *, key: bytes | str | None = None) -> LinkGraph:
    """Replace entity ids and labels with keyed tokens (HMAC-SHA256, :func:`trendlib.pseudonymise`).

    Tokens are prefixed by kind (``PERSON-``, ``PHONE-``, ``DOC-``, ``VEHICLE-``,
    ``ACCOUNT-``, ``EMAIL-``) and stable under the same key, so the same phone gets the
    same token in every report. Raw and normalised values are dropped from ``mentions``.
    Record and network ids are hashes already and are kept.

    Parameters
    ----------
    graph : LinkGraph
        Output of :func:`link_records`. Not modified.
    key : bytes or str, optional
        Secret key; default ``TRENDLIB_PSEUDONYM_KEY``.

    Returns
    -------
    LinkGraph
        A new graph with ``pseudonymised=True``.

    Raises
    ------
    MissingKeyError
        If no key is given and none is configured.

    Examples
    --------
    >>> rec = pd.DataFrame({"record_id": ["r1", "r2"], "documents": ["A-123", "a 123"]})
    >>> g = pseudonymise_graph(link_records(rec), key="a-secret-of-16-chars-or-more")
    >>> bool(g.entities["entity_id"].str.startswith("DOC-").all())
    True
    >>> g.entities["label"][0] == g.entities["entity_id"][0]
    True
    """
    if not isinstance(graph, LinkGraph):
        raise ParameterError(
            f"expected a LinkGraph (from link_records), got {type(graph).__name__}."
        )
    if graph.pseudonymised:
        return graph
    ids = pd.concat(
        [graph.entities[["entity_id", "kind"]], graph.mentions[["entity_id", "kind"]].dropna()]
    ).drop_duplicates("entity_id")
    token = pd.Series(pd.NA, index=ids.index, dtype="string")
    for kind, sub in ids.groupby("kind"):
        token[sub.index] = pseudonymise(
            sub["entity_id"], key=key, prefix=_PREFIX.get(str(kind), "ID")
        )
    mapping = pd.Series(token.to_numpy(), index=ids["entity_id"].to_numpy())

    def swap(values: pd.Series) -> pd.Series:
        return values.map(mapping).astype("string")

    entities = graph.entities.assign(entity_id=swap(graph.entities["entity_id"]))
    entities["label"] = entities["entity_id"]
    edges = graph.edges.assign(entity_id=swap(graph.edges["entity_id"]))
    networks = graph.networks.assign(key_entity=swap(graph.networks["key_entity"]))
    mentions = graph.mentions.drop(columns=["raw", "normalised"]).assign(
        entity_id=swap(graph.mentions["entity_id"])
    )
    return replace(
        graph,
        entities=entities,
        edges=edges,
        networks=networks,
        mentions=mentions,
        pseudonymised=True,
    )
