// Rows: {key, text}.
UNWIND $rows AS r
CREATE (:ShapePaper {key: r.key, text: r.text})
