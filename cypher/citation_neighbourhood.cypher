// name: citation_neighbourhood
// description: Documents a document cites and documents citing it, up to a number of citation hops away in each direction, with the fewest hops.
// param: document (str, required) Document id
// param: depth (int 1..3, default 1) how many citation hops to follow
// example: policykg query citation_neighbourhood --param document=示政规〔2019〕2号 --param depth=2 --graph OUT
MATCH (d:Document {id: $document})
CALL {
  WITH d
  MATCH path = (d)-[:CITES*1..3]->(x:Document)
  WHERE length(path) <= $depth AND x <> d
  RETURN 'cites' AS direction, x, min(length(path)) AS hops
  UNION
  WITH d
  MATCH path = (x:Document)-[:CITES*1..3]->(d)
  WHERE length(path) <= $depth AND x <> d
  RETURN 'cited_by' AS direction, x, min(length(path)) AS hops
}
RETURN direction, x.id AS document, x.title AS title, x.date AS date, hops
ORDER BY direction, hops, document, title, date
