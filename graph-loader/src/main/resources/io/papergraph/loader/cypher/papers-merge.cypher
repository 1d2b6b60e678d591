// Writes the whole record (properties not in it are removed) and clears the relationships rebuilt from it.
UNWIND $rows AS r
MERGE (p:Paper {arxivId: r.arxivId})
SET p = r
WITH p
OPTIONAL MATCH (p)-[old:IN_CATEGORY|TAGGED]->()
DELETE old
WITH DISTINCT p
OPTIONAL MATCH (p)<-[old:WROTE]-()
DELETE old
