MATCH (a:Term)-[c:CO_OCCURS]->(b:Term)
RETURN a.key AS a, b.key AS b, c.papers AS papers, c.strength AS strength
