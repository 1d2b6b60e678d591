// Every stored co-occurrence with its element id, so that changes are written by id.
MATCH (a:Term)-[c:CO_OCCURS]->(b:Term)
RETURN elementId(c) AS id, a.key AS a, b.key AS b, c.papers AS papers, c.strength AS strength
