// name: tasks_of_succeeded_agencies
// description: Tasks whose lead, responsible or supporting agency was later renamed or merged away (abolished into another), with the successor.
// param: jurisdiction (str, optional) only agencies of this jurisdiction
// example: policykg query tasks_of_succeeded_agencies --graph OUT
CALL () {
  MATCH (o:Organization {jurisdiction: $jurisdiction}) RETURN o
  UNION ALL
  WITH $jurisdiction AS jurisdiction WHERE jurisdiction IS NULL
  MATCH (o:Organization) RETURN o
}
MATCH (o)-[s:SUCCEEDED_BY]->(n:Organization)
MATCH (o)-[r:LEADS|RESPONSIBLE_FOR|SUPPORTS]->(t:Task)
RETURN DISTINCT t.id AS task, t.name AS task_name, t.document AS document, type(r) AS relation, o.id AS agency,
       s.kind AS change, s.date AS change_date, n.id AS successor
ORDER BY document, task, agency, relation, successor, change, change_date, task_name
