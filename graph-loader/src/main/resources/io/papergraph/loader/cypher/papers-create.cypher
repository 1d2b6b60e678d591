UNWIND $rows AS r
CREATE (p:Paper)
SET p = r
