// Marks digests as completely loaded: a later load with the same content hash and ranking fingerprint skips them.
UNWIND $rows AS r
MATCH (d:Digest {file: r.file})
SET d.contentHash = r.contentHash, d.ranking = r.ranking
