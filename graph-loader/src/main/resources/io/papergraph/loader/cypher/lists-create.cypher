UNWIND $rows AS r
MATCH (d:Digest {file: r.digest})
MATCH (p:Paper {arxivId: r.paper})
CREATE (d)-[:LISTS {rank: r.rank, line: r.line, date: r.date}]->(p)
