// Rows: {key, text}.
UNWIND $rows AS r
CREATE (:ShapeTerm {key: r.key, text: r.text})
