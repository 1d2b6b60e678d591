// Named properties, not `SET t = r`: the planner then streams the rows instead of buffering them all (Eager).
UNWIND $rows AS r
CREATE (:Term {key: r.key, name: r.name, aliases: r.aliases, acronym: r.acronym, namesZh: r.namesZh, df: r.df, score: r.score,
               firstSeen: r.firstSeen, datedPapers: r.datedPapers})
