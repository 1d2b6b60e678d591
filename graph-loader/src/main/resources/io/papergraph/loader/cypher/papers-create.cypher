// Empty database: papers first, their relationships afterwards by element id.
UNWIND $rows AS x
// Named properties, not `SET p = x`: a map could hold any key, and the planner would then buffer every row
// (Eager). A property missing here is caught by the tests that compare fresh and incremental loads.
CREATE (p:Paper {arxivId: x.arxivId, version: x.version, title: x.title, titleRaw: x.titleRaw, url: x.url,
  abstract: x.abstract, primaryCategory: x.primaryCategory, announceType: x.announceType, summaryZh: x.summaryZh,
  tldrZh: x.tldrZh, motivationZh: x.motivationZh, methodZh: x.methodZh, resultZh: x.resultZh,
  conclusionZh: x.conclusionZh, keywordsZh: x.keywordsZh, authors: x.authors, categories: x.categories, tags: x.tags,
  paperTerms: x.paperTerms, firstListed: x.firstListed, lastListed: x.lastListed})
