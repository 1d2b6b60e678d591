UNWIND $rows AS r
MATCH (p:Paper {arxivId: r.paper})
MATCH (t:Term {key: r.term})
MERGE (p)-[m:MENTIONS]->(t)
SET m.count = r.count, m.inTitle = r.inTitle, m.weight = r.weight, m.forms = r.forms
