// The forms in which their papers print the given authors (Paper.authors is in byline order).
UNWIND $rows AS key
MATCH (a:Author {key: key})-[w:WROTE]->(p:Paper)
RETURN key, a.name AS name, collect(p.authors[w.position - 1]) AS names
