// Projects the undirected co-occurrence graph, weighted by the number of shared papers.
CALL gds.graph.project($graphName, 'Term', {
  CO_OCCURS: {orientation: 'UNDIRECTED', properties: {papers: {property: 'papers', defaultValue: 0.0}}}
})
YIELD nodeCount, relationshipCount
RETURN nodeCount, relationshipCount
