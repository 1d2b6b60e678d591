// Every digest with its content hash (none while a load of it is unfinished) and the fingerprint of the term ranking
// it was loaded with: what the graph was loaded from, and so what a clustering of it was computed from.
MATCH (d:Digest)
RETURN d.file AS file, coalesce(d.contentHash, '') + ' ' + coalesce(d.ranking, '') AS contentHash
ORDER BY file
