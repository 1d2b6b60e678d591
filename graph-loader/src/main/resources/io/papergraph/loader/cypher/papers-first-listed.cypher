// The first date a dated digest listed each paper: terms store the earliest of their papers' (firstSeen).
MATCH (p:Paper)
WHERE p.firstListed IS NOT NULL
RETURN p.arxivId AS paper, p.firstListed AS first
