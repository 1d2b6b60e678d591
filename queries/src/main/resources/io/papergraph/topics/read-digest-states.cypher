// Every digest and its content hash (none while a load of it is unfinished): what the graph was loaded from,
// and so what a clustering of it was computed from.
MATCH (d:Digest)
RETURN d.file AS file, coalesce(d.contentHash, '') AS contentHash
ORDER BY file
