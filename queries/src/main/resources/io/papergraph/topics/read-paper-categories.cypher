// The papers' arXiv categories: the clusters' dominant categories are computed from them and the shares.
MATCH (p:Paper)-[:IN_CATEGORY]->(c:Category)
RETURN p.arxivId AS arxivId, c.code AS code
