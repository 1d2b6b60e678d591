// Mentions that exist with other properties, found by element id.
UNWIND $rows AS r
MATCH ()-[m:MENTIONS]->()
WHERE elementId(m) = r.id
SET m.count = r.count, m.inTitle = r.inTitle, m.weight = r.weight, m.forms = r.forms
