// Every stored mention with its element id, so that changes are written by id (no MERGE, no expansion of dense terms).
MATCH (p:Paper)-[m:MENTIONS]->(t:Term)
RETURN elementId(m) AS id, p.arxivId AS paper, t.key AS term, m.count AS count, m.inTitle AS inTitle, m.weight AS weight,
       m.forms AS forms
