// Every stored co-occurrence with its element id, so that changes are written by id (when no kept copy fits the graph).
MATCH (a:Term)-[c:CO_OCCURS]->(b:Term)
RETURN a.key AS a, b.key AS b, elementId(c) AS id, c.papers AS papers, c.strength AS strength
