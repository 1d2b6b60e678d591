// Title: Emerging terms
// Description: Terms whose share of the listed papers rises across digest dates: first date seen,
//   papers per digest date (oldest first), share on the latest date, growth (latest share minus the
//   average share on earlier dates), and whether the term is new in the latest digest.
// Parameters:
//   limit      how many terms to list
//   minPapers  ignore terms listed with fewer papers than this
// In Neo4j Browser, set the parameters first:
// :param limit => 20
// :param minPapers => 2
MATCH (d:Digest)-[:LISTS]->(p:Paper)
WITH d.date AS date, count(DISTINCT p) AS total
ORDER BY date
WITH collect(date) AS dates, collect(total) AS totals
MATCH (d:Digest)-[:LISTS]->(p:Paper)-[:MENTIONS]->(t:Term)
WITH dates, totals, t, d.date AS date, count(DISTINCT p) AS n
WITH dates, totals, t, collect({date: date, n: n}) AS seen, sum(n) AS listed
WHERE listed >= $minPapers
WITH dates, totals, t,
     [i IN range(0, size(dates) - 1) | coalesce(head([s IN seen WHERE s.date = dates[i] | s.n]), 0)] AS counts
WITH dates, t, counts, [i IN range(0, size(dates) - 1) | toFloat(counts[i]) / totals[i]] AS shares
WITH t, dates, counts, shares,
     head([i IN range(0, size(dates) - 1) WHERE counts[i] > 0]) AS firstIndex,
     CASE WHEN size(dates) > 1
          THEN reduce(sum = 0.0, x IN shares[0..-1] | sum + x) / (size(dates) - 1)
          ELSE 0.0 END AS earlierShare
RETURN t.name AS term, toString(dates[firstIndex]) AS firstSeen, counts AS papersPerDate,
       round(shares[-1], 3) AS latestShare, round(shares[-1] - earlierShare, 3) AS growth,
       firstIndex = size(dates) - 1 AS new
ORDER BY growth DESC, latestShare DESC, term
LIMIT $limit
