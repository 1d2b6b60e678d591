// First and last date a paper was listed, over all its listings.
UNWIND $rows AS id
MATCH (p:Paper {arxivId: id})
OPTIONAL MATCH (p)<-[l:LISTS]-()
WITH p, min(l.date) AS first, max(l.date) AS last
SET p.firstListed = first, p.lastListed = last
