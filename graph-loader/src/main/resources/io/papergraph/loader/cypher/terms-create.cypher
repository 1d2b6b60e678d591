UNWIND $rows AS r
CREATE (t:Term)
SET t = r
