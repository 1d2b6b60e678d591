// Every paper's element id, by arXiv id: the shares are written by element id.
MATCH (p:Paper)
RETURN p.arxivId AS key, elementId(p) AS id
