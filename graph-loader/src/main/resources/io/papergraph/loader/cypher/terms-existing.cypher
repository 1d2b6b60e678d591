MATCH (t:Term)
RETURN t {.*} AS props
