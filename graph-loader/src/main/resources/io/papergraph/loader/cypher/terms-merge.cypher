// Terms new or changed. Rows: {key, props}: every property of a new term; of a stored one, only those that changed
// (null removes one). Unchanged names and aliases are not set again, so their full-text entries are left alone.
UNWIND $rows AS r
MERGE (t:Term {key: r.key})
SET t += r.props
