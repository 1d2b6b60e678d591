// The topic clusters' ids and names, for the legend of a topic map.
MATCH (c:Cluster)
RETURN c.id AS id, c.label AS label, c.labelZh AS labelZh
