// The stored record of papers that are written again, and the digests that still list them.
UNWIND $rows AS id
MATCH (p:Paper {arxivId: id})
RETURN id AS arxivId, p {.*} AS props, [(p)<-[:LISTS]-(d:Digest) | d.file] AS listedBy
