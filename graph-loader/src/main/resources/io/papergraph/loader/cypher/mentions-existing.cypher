MATCH (p:Paper)-[m:MENTIONS]->(t:Term)
RETURN p.arxivId AS paper, t.key AS term, m.count AS count, m.inTitle AS inTitle, m.weight AS weight, m.forms AS forms
