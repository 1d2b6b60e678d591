UNWIND $rows AS r
MERGE (c:Category {code: r.code})
SET c = r
