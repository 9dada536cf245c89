// name: tasks_of_succeeded_agencies
// description: Tasks whose lead, responsible or supporting agency was later renamed or merged away (abolished into another), with the successor.
// param: jurisdiction (str, optional) only agencies of this jurisdiction
// example: policykg query tasks_of_succeeded_agencies --graph OUT
MATCH (o:Organization)-[r:LEADS|RESPONSIBLE_FOR|SUPPORTS]->(t:Task)
WHERE $jurisdiction IS NULL OR o.jurisdiction = $jurisdiction
MATCH (o)-[s:SUCCEEDED_BY]->(n:Organization)
RETURN DISTINCT t.id AS task, t.name AS task_name, t.document AS document, type(r) AS relation, o.id AS agency,
       s.kind AS change, s.date AS change_date, n.id AS successor
ORDER BY document, task, agency, relation, successor, change, change_date, task_name
