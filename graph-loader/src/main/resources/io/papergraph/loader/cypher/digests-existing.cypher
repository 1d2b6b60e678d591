// Digests in the graph, the content hash each was fully loaded with (null: a load that did not finish) and the
// fingerprint of the term ranking that load used.
MATCH (d:Digest)
RETURN d.file AS file, d.contentHash AS contentHash, d.ranking AS ranking
