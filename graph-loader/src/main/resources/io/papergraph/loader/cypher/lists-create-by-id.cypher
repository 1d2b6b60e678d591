// Rows: [digest element id, paper element id, rank, line, date].
UNWIND $rows AS r
MATCH (d) WHERE elementId(d) = r[0]
MATCH (p) WHERE elementId(p) = r[1]
CREATE (d)-[:LISTS {rank: r[2], line: r[3], date: r[4]}]->(p)
