// Title: Emerging terms
// Description: Terms whose share of the listed papers rises across the latest digest dates: first date
//   seen (in any digest), papers per digest date (the compared dates, oldest first), share on the latest
//   date, growth (latest share minus the average share on the earlier compared dates), whether the term is
//   new in the latest digest, and how many of its papers only digests without a date list (they are on no
//   date; a term no compared date lists is left out).
// Parameters:
//   limit      how many terms to list
//   minPapers  ignore terms mentioned by fewer papers than this
//   dates      how many of the latest digest dates to compare
// In Neo4j Browser, set the parameters first:
// :param limit => 20
// :param minPapers => 2
// :param dates => 30
// Reads the papers of the compared dates only; a term's first date and dated papers over all digests are
// stored on it by the loader (firstSeen, datedPapers), computed here for graphs loaded before they were.
MATCH (d:Digest)
WHERE d.date IS NOT NULL
WITH DISTINCT d.date AS date
ORDER BY date DESC
LIMIT $dates
WITH collect(date) AS newestFirst
UNWIND reverse(newestFirst) AS date
// each paper once per date it is listed on
CALL (date) {
  MATCH (d:Digest)-[:LISTS]->(p:Paper)
  WHERE d.date = date
  WITH DISTINCT p
  RETURN collect(p) AS papers
}
WITH collect({date: date, papers: papers, total: size(papers)}) AS days
WITH days, [day IN days | day.date] AS dates, days[-1].date AS latest
UNWIND days AS day
WITH dates, latest, day.date AS date, day.total AS total, day.papers AS papers
UNWIND papers AS p
// MENTIONS always ends at a Term: no label check on the many rows
MATCH (p)-[:MENTIONS]->(t)
WITH dates, latest, t, date, total, count(p) AS n
// per term: its shares summed over the dates, and its counts per date kept as two plain lists
WITH dates, latest, t,
     sum(CASE WHEN date = latest THEN toFloat(n) / total ELSE 0.0 END) AS latestShare,
     sum(CASE WHEN date = latest THEN 0.0 ELSE toFloat(n) / total END) AS earlierSum,
     collect(date) AS seenDates, collect(n) AS seenCounts
WITH dates, latest, t, latestShare, seenDates, seenCounts, COUNT { (t)<-[:MENTIONS]-() } AS papers,
     round(latestShare - CASE WHEN size(dates) > 1 THEN earlierSum / (size(dates) - 1) ELSE 0.0 END, 3) AS growth
WHERE papers >= $minPapers
ORDER BY growth DESC, round(latestShare, 3) DESC, t.name
LIMIT $limit
WITH dates, latest, t, seenDates, seenCounts, papers, latestShare, growth,
     CASE WHEN t.datedPapers IS NOT NULL THEN t.datedPapers
          ELSE COUNT { (t)<-[:MENTIONS]-(p) WHERE p.firstListed IS NOT NULL } END AS datedPapers,
     CASE WHEN t.datedPapers IS NOT NULL THEN t.firstSeen
          ELSE COLLECT { MATCH (t)<-[:MENTIONS]-(p) RETURN min(p.firstListed) }[0] END AS firstSeen
RETURN t.name AS term, toString(firstSeen) AS firstSeen,
       [date IN dates | coalesce(head([i IN range(0, size(seenDates) - 1) WHERE seenDates[i] = date | seenCounts[i]]), 0)]
         AS papersPerDate,
       round(latestShare, 3) AS latestShare, growth, firstSeen = latest AS new, papers - datedPapers AS undatedPapers
ORDER BY growth DESC, latestShare DESC, term
