// Whether the database is empty (the create-only path of a fresh load).
MATCH (n)
RETURN count(n) AS n
