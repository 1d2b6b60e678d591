UNWIND $rows AS r
CREATE (:Author {key: r.key, name: r.name})
