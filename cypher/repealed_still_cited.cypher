// name: repealed_still_cited
// description: Repealed documents that other documents still cite on or after the repeal (a citation with an unknown date counts; the repealing document itself does not).
// param: jurisdiction (str, optional) only citing documents of this jurisdiction
// example: policykg query repealed_still_cited --graph OUT
CALL () {
  MATCH (y:Document {jurisdiction: $jurisdiction}) RETURN y
  UNION ALL
  WITH $jurisdiction AS jurisdiction WHERE jurisdiction IS NULL
  MATCH (y:Document) RETURN y
}
MATCH (x:Document)-[rep:REPEALS]->(d:Document)<-[c:CITES]-(y)
WHERE y <> x
WITH d, x, y, coalesce(rep.date, x.date) AS repealed_on, coalesce(c.date, y.date) AS cited_on
WHERE cited_on IS NULL OR repealed_on IS NULL OR cited_on >= repealed_on
RETURN DISTINCT d.id AS document, d.title AS title, x.id AS repealed_by, repealed_on, y.id AS cited_by, y.title AS cited_by_title, cited_on
ORDER BY document, repealed_by, repealed_on, cited_by, cited_on, title, cited_by_title
