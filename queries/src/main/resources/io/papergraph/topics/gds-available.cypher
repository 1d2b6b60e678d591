// Whether the server has Graph Data Science with Leiden.
SHOW PROCEDURES YIELD name
WHERE name = 'gds.leiden.stream'
RETURN count(*) > 0 AS available
