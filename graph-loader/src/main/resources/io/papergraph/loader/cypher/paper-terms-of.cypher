// The stored per-paper term findings (internal property, JSON) of the given papers, those that have any.
UNWIND $rows AS id
MATCH (p:Paper {arxivId: id})
WHERE p.paperTerms IS NOT NULL
RETURN p.arxivId AS arxivId, p.paperTerms AS json
