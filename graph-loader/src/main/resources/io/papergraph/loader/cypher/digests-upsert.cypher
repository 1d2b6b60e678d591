// Digests about to be (re)loaded. Their content hash is set only when the whole load has gone through.
UNWIND $rows AS r
MERGE (d:Digest {file: r.file})
SET d.date = r.date, d.format = r.format, d.entries = r.entries, d.papers = r.papers, d.contentHash = null
