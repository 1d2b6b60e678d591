// One thread and a fixed seed: the same graph gives the same communities.
CALL gds.leiden.stream($graphName, {
  relationshipWeightProperty: 'papers',
  gamma: $resolution,
  maxLevels: $iterations,
  randomSeed: $seed,
  concurrency: 1
})
YIELD nodeId, communityId
RETURN gds.util.asNode(nodeId).key AS key, communityId
