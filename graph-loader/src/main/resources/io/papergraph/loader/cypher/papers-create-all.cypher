// Empty database: each paper is created with all its relationships; the nodes at their other ends exist.
UNWIND $rows AS r
WITH r, r.props AS x
// Named properties, not `SET p = r.props`: a map could hold any key, and the planner would then buffer every row
// (Eager) before the look-ups below. A property missing here is caught by the tests that compare fresh and
// incremental loads.
CREATE (p:Paper {arxivId: x.arxivId, version: x.version, title: x.title, titleRaw: x.titleRaw, url: x.url,
  abstract: x.abstract, primaryCategory: x.primaryCategory, announceType: x.announceType, summaryZh: x.summaryZh,
  tldrZh: x.tldrZh, motivationZh: x.motivationZh, methodZh: x.methodZh, resultZh: x.resultZh,
  conclusionZh: x.conclusionZh, keywordsZh: x.keywordsZh, authors: x.authors, categories: x.categories, tags: x.tags,
  paperTerms: x.paperTerms, firstListed: x.firstListed, lastListed: x.lastListed})
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
