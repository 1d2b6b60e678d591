// Digests in the graph and the content hash each was fully loaded with (null: a load that did not finish).
MATCH (d:Digest)
RETURN d.file AS file, d.contentHash AS contentHash
