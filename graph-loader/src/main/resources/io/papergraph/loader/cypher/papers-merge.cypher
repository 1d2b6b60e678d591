// Writes the whole record (properties not in it are removed) and clears the relationships rebuilt from it. The
// mention hash and norm stay: they stand for the paper's MENTIONS, which this statement does not touch (see MentionHash).
UNWIND $rows AS r
MERGE (p:Paper {arxivId: r.arxivId})
WITH p, r, p.mentionsHash AS mentionsHash, p.mentionNorm AS mentionNorm
SET p = r
SET p.mentionsHash = mentionsHash, p.mentionNorm = mentionNorm
WITH p
OPTIONAL MATCH (p)-[old:IN_CATEGORY|TAGGED]->()
DELETE old
WITH DISTINCT p
OPTIONAL MATCH (p)<-[old:WROTE]-()
DELETE old
