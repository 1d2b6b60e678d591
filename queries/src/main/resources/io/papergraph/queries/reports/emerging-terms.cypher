// Title: Emerging terms
// Description: Terms whose share of the listed papers rises across digest dates: first date seen,
//   papers per digest date (oldest first), share on the latest date, growth (latest share minus the
//   average share on earlier dates), whether the term is new in the latest digest, and how many of its
//   papers only digests without a date list (they are on no date; a term no dated digest lists is left out).
// Parameters:
//   limit      how many terms to list
//   minPapers  ignore terms listed with fewer papers than this
// In Neo4j Browser, set the parameters first:
// :param limit => 20
// :param minPapers => 2
MATCH (d:Digest)
WHERE d.date IS NOT NULL
WITH d.date AS date, collect(d) AS digests
ORDER BY date
// each paper once per date it is listed on, weighed by that date's share of one paper
CALL (date, digests) {
  UNWIND digests AS d
  MATCH (d)-[:LISTS]->(p:Paper)
  WITH DISTINCT p
  WITH collect(p) AS papers
  RETURN papers, size(papers) AS total
}
WITH collect({date: date, papers: papers, total: total}) AS days
WITH days, [day IN days | day.date] AS dates, days[-1].date AS latest, days[-1].total AS latestTotal
UNWIND days AS day
UNWIND day.papers AS p
WITH dates, latest, latestTotal, p,
     sum(CASE WHEN day.date = latest THEN 0.0 ELSE 1.0 / day.total END) AS earlierWeight,
     sum(CASE WHEN day.date = latest THEN 1 ELSE 0 END) AS onLatest,
     min(day.date) AS firstDate
// MENTIONS always ends at a Term: no label check on 15 rows per paper
MATCH (p)-[:MENTIONS]->(t)
WITH dates, latest, latestTotal, t, sum(earlierWeight) AS earlierSum, sum(onLatest) AS latestPapers,
     min(firstDate) AS firstSeen, count(p) AS datedPapers
WITH dates, latest, t, earlierSum, firstSeen, datedPapers, toFloat(latestPapers) / latestTotal AS latestShare,
     COUNT { (t)<-[:MENTIONS]-() } AS papers
WHERE papers >= $minPapers
WITH dates, t, firstSeen, latestShare, papers - datedPapers AS undatedPapers, firstSeen = latest AS new,
     round(latestShare - CASE WHEN size(dates) > 1 THEN earlierSum / (size(dates) - 1) ELSE 0.0 END, 3) AS growth
ORDER BY growth DESC, round(latestShare, 3) DESC, t.name
LIMIT $limit
// papers per date, for the listed terms only
CALL (t, dates) {
  MATCH (t)<-[:MENTIONS]-(p)<-[:LISTS]-(d)
  WHERE d.date IS NOT NULL
  WITH d.date AS date, count(DISTINCT p) AS n
  WITH collect({date: date, n: n}) AS seen
  RETURN [date IN dates | coalesce(head([s IN seen WHERE s.date = date | s.n]), 0)] AS papersPerDate
}
RETURN t.name AS term, toString(firstSeen) AS firstSeen, papersPerDate, round(latestShare, 3) AS latestShare,
       growth, new, undatedPapers
ORDER BY growth DESC, latestShare DESC, term
