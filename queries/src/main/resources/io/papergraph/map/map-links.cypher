// The co-occurrences among the terms of a topic map ($keys), stored once per pair.
MATCH (a:Term)-[r:CO_OCCURS]->(b:Term)
WHERE a.key IN $keys AND b.key IN $keys AND a <> b
RETURN a.key AS source, b.key AS target, coalesce(r.papers, 0) AS papers, coalesce(r.strength, 0.0) AS strength
