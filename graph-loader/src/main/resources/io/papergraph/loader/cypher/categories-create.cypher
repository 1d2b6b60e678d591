UNWIND $rows AS r
CREATE (c:Category)
SET c = r
