UNWIND $rows AS r
MATCH (:Paper {arxivId: r.paper})-[m:MENTIONS]->(:Term {key: r.term})
DELETE m
