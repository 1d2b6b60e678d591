// The first listing dates of the given papers (those a load listed or unlisted), once its listings are written.
UNWIND $rows AS id
MATCH (p:Paper {arxivId: id})
WHERE p.firstListed IS NOT NULL
RETURN p.arxivId AS paper, p.firstListed AS first
