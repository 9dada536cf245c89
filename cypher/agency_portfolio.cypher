// name: agency_portfolio
// description: What an agency does: tasks it leads, is responsible for or supports, groups it is a member unit of or hosts the office of, and its direct predecessors and successors.
// param: agency (str, required) Organization id or name (e.g. 示例市|市发改委 or 市发改委)
// example: policykg query agency_portfolio --param agency=市发改委 --graph OUT
MATCH (o:Organization) WHERE o.id = $agency OR o.name = $agency
CALL {
  WITH o
  MATCH (o)-[r:LEADS|RESPONSIBLE_FOR|SUPPORTS]->(t:Task)
  RETURN 'task' AS part, type(r) AS relation, t.id AS item, t.name AS item_name, t.document AS document, t.deadline AS date, null AS detail
  UNION
  WITH o
  MATCH (o)-[r:MEMBER_UNIT_OF]->(g:LeadingGroup)
  RETURN 'group' AS part, type(r) AS relation, g.id AS item, g.name AS item_name, r.document AS document, r.date AS date, g.kind AS detail
  UNION
  WITH o
  MATCH (g:LeadingGroup)-[r:OFFICE_AT]->(o)
  RETURN 'group' AS part, type(r) AS relation, g.id AS item, g.name AS item_name, r.document AS document, null AS date, g.kind AS detail
  UNION
  WITH o
  MATCH (p:Organization)-[r:SUCCEEDED_BY]->(o)
  RETURN 'predecessor' AS part, type(r) AS relation, p.id AS item, p.name AS item_name, r.document AS document, r.date AS date, r.kind AS detail
  UNION
  WITH o
  MATCH (o)-[r:SUCCEEDED_BY]->(n:Organization)
  RETURN 'successor' AS part, type(r) AS relation, n.id AS item, n.name AS item_name, r.document AS document, r.date AS date, r.kind AS detail
}
RETURN o.id AS agency, part, relation, item, item_name, document, date, detail
ORDER BY agency, part, relation, item, document, date, detail, item_name
