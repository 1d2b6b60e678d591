// The number of papers in the graph (the denominator of co-occurrence probabilities).
MATCH (p:Paper)
RETURN count(p) AS n
