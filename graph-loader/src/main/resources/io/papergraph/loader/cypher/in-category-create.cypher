UNWIND $rows AS r
MATCH (p:Paper {arxivId: r.paper})
MATCH (c:Category {code: r.category})
CREATE (p)-[:IN_CATEGORY {primary: r.primary}]->(c)
