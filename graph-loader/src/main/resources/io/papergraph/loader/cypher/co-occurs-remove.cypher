UNWIND $rows AS r
MATCH (:Term {key: r.a})-[c:CO_OCCURS]->(:Term {key: r.b})
DELETE c
