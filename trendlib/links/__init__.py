"""Link analysis: entities from identifiers, entity resolution, the case-link graph, exports.

* :func:`extract_entities` splits and normalises the identifier columns (names, phones
  to E.164, documents, plates, IBANs, e-mails) into a long mention table;
* :func:`resolve_entities` gives rows describing the same person one id (blocking,
  rapidfuzz comparisons, Fellegi-Sunter EM, non-chaining clustering);
* :func:`link_records` builds the record-entity graph, its networks, communities and
  key entities (:class:`LinkGraph`); :func:`pseudonymise_graph` replaces identifiers with
  keyed tokens;
* :func:`write_gexf`, :func:`i2_tables` / :func:`write_i2` export for Gephi and
  i2 Analyst's Notebook.
"""

from __future__ import annotations

from trendlib.links.export import I2_TYPES, i2_tables, write_gexf, write_i2
from trendlib.links.graph import LinkGraph, link_records, pseudonymise_graph
from trendlib.links.normalise import (
    ENTITY_KINDS,
    extract_entities,
    iban_is_valid,
    name_key,
    normalise_accounts,
    normalise_codes,
    normalise_emails,
    normalise_names,
    normalise_phones,
)
from trendlib.links.resolve import (
    FIELD_KINDS,
    MatchModel,
    infer_fields,
    resolve_entities,
    score_pairs,
)

__all__ = [
    "ENTITY_KINDS",
    "FIELD_KINDS",
    "I2_TYPES",
    "LinkGraph",
    "MatchModel",
    "extract_entities",
    "i2_tables",
    "iban_is_valid",
    "infer_fields",
    "link_records",
    "name_key",
    "normalise_accounts",
    "normalise_codes",
    "normalise_emails",
    "normalise_names",
    "normalise_phones",
    "pseudonymise_graph",
    "resolve_entities",
    "score_pairs",
    "write_gexf",
    "write_i2",
]
