// Empty database: each paper is created with all its relationships; the nodes at their other ends exist.
UNWIND $rows AS r
CREATE (p:Paper)
SET p = r.props
WITH p, r
CALL (p, r) {
  UNWIND r.authors AS a
  MATCH (x:Author {key: a.author})
  CREATE (x)-[:WROTE {position: a.position}]->(p)
}
CALL (p, r) {
  UNWIND r.categories AS c
  MATCH (x:Category {code: c.category})
  CREATE (p)-[:IN_CATEGORY {primary: c.primary}]->(x)
}
CALL (p, r) {
  UNWIND r.tags AS t
  MATCH (x:Tag {key: t.tag})
  CREATE (p)-[:TAGGED]->(x)
}
CALL (p, r) {
  UNWIND r.listings AS l
  MATCH (d:Digest {file: l.digest})
  CREATE (d)-[:LISTS {rank: l.rank, line: l.line, date: l.date}]->(p)
}
CALL (p, r) {
  UNWIND r.mentions AS m
  MATCH (t:Term {key: m.term})
  CREATE (p)-[:MENTIONS {count: m.count, inTitle: m.inTitle, weight: m.weight, forms: m.forms}]->(t)
}
