// The current clustering in a few figures, and the bases its clusters were computed from (one when it is whole).
MATCH (c:Cluster)
RETURN count(c) AS clusters, collect(DISTINCT coalesce(c.basis, '')) AS bases, sum(c.size) AS terms,
       sum(CASE WHEN c.small THEN 1 ELSE 0 END) AS small, sum(c.papers) AS shares
