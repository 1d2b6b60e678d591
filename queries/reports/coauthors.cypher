// Title: Co-authors of one author
// Description: Everyone who wrote a paper with the given author (matched by name, ignoring case),
//   with the number of papers together and their arXiv ids.
// Parameters:
//   author  (required) the author's name
// In Neo4j Browser, set the parameters first:
// :param author => 'Alice Zhang'
MATCH (a:Author)
WHERE a.key = toLower(trim($author)) OR toLower(a.name) = toLower(trim($author))
MATCH (a)-[:WROTE]->(p:Paper)<-[:WROTE]-(co:Author)
WITH a, co, p
ORDER BY p.arxivId
WITH a, co, collect(p.arxivId) AS papers
RETURN a.name AS author, co.name AS coauthor, size(papers) AS together, papers
ORDER BY together DESC, coauthor
