// name: agencies_sharing_duties
// description: Agency pairs that share tasks (as lead, responsible or supporting unit), with the number of tasks they share; collectives (各县市区人民政府, 市直各单位) are no agencies and are left out.
// param: document (str, optional) only tasks of this document (Document id, e.g. 示政发〔2023〕5号)
// param: jurisdiction (str, optional) only pairs of agencies of this jurisdiction (e.g. 示例市)
// example: policykg query agencies_sharing_duties --param jurisdiction=示例市 --graph OUT
CALL () {
  MATCH (t:Task {document: $document}) RETURN t
  UNION
  WITH $document AS document WHERE document IS NULL
  MATCH (:Organization {jurisdiction: $jurisdiction})-[:LEADS|RESPONSIBLE_FOR|SUPPORTS]->(t:Task) RETURN t
  UNION
  WITH $document AS document, $jurisdiction AS jurisdiction WHERE document IS NULL AND jurisdiction IS NULL
  MATCH (t:Task) RETURN t
}
CALL (t) {
  MATCH (t)<-[:LEADS|RESPONSIBLE_FOR|SUPPORTS]-(o:Organization)
  WHERE NOT coalesce(o.collective, false) AND ($jurisdiction IS NULL OR o.jurisdiction = $jurisdiction)
  RETURN collect(DISTINCT o) AS agencies
}
UNWIND agencies AS a
UNWIND agencies AS b
WITH t, a, b WHERE a.id < b.id
RETURN a.id AS agency_a, a.name AS agency_a_name, b.id AS agency_b, b.name AS agency_b_name, count(DISTINCT t) AS shared_tasks
ORDER BY shared_tasks DESC, agency_a, agency_b, agency_a_name, agency_b_name
