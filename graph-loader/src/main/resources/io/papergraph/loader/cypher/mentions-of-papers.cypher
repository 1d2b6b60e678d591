// The stored mentions of the papers whose mention hash changed, with their element ids, so that changes are written by id.
UNWIND $rows AS id
MATCH (p:Paper {arxivId: id})-[m:MENTIONS]->(t:Term)
RETURN elementId(m) AS id, id AS paper, t.key AS term, m.count AS count, m.inTitle AS inTitle, m.weight AS weight,
       m.forms AS forms
