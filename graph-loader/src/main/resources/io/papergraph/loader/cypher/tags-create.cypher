UNWIND $rows AS r
CREATE (:Tag {key: r.key, name: r.name})
