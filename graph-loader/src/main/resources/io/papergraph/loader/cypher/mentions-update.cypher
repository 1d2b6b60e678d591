// Mentions that exist with other properties. Rows: [element id, count, inTitle, weight, forms].
UNWIND $rows AS r
MATCH ()-[m:MENTIONS]->()
WHERE elementId(m) = r[0]
SET m.count = r[1], m.inTitle = r[2], m.weight = r[3], m.forms = r[4]
