// The stored per-paper term findings of every paper (internal property, JSON).
MATCH (p:Paper)
WHERE p.paperTerms IS NOT NULL
RETURN p.arxivId AS arxivId, p.paperTerms AS json
