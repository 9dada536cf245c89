// name: agencies_sharing_duties
// description: Agency pairs that share tasks (as lead, responsible or supporting unit), with the number of tasks they share; collectives (各县市区人民政府, 市直各单位) are no agencies and are left out.
// param: document (str, optional) only tasks of this document (Document id, e.g. 示政发〔2023〕5号)
// param: jurisdiction (str, optional) only pairs of agencies of this jurisdiction (e.g. 示例市)
// example: policykg query agencies_sharing_duties --param jurisdiction=示例市 --graph OUT
MATCH (a:Organization)-[:LEADS|RESPONSIBLE_FOR|SUPPORTS]->(t:Task)<-[:LEADS|RESPONSIBLE_FOR|SUPPORTS]-(b:Organization)
WHERE a.id < b.id AND NOT coalesce(a.collective, false) AND NOT coalesce(b.collective, false)
  AND ($document IS NULL OR t.document = $document)
  AND ($jurisdiction IS NULL OR (a.jurisdiction = $jurisdiction AND b.jurisdiction = $jurisdiction))
RETURN a.id AS agency_a, a.name AS agency_a_name, b.id AS agency_b, b.name AS agency_b_name, count(DISTINCT t) AS shared_tasks
ORDER BY shared_tasks DESC, agency_a, agency_b, agency_a_name, agency_b_name
