// name: group_members
// description: Members of a leading group: people with their role and post, and member units, with the document that lists them.
// param: group (str, required) LeadingGroup id or name
// example: policykg query group_members --param group=示例市示例工作领导小组 --graph OUT
MATCH (g:LeadingGroup) WHERE g.id = $group OR g.name = $group
CALL {
  WITH g
  MATCH (p:Person)-[r:MEMBER_OF]->(g)
  RETURN 'person' AS kind, p.id AS member, p.name AS member_name, r.role AS role, r.position AS position, r.document AS document, r.date AS date
  UNION
  WITH g
  MATCH (o:Organization)-[r:MEMBER_UNIT_OF]->(g)
  RETURN 'unit' AS kind, o.id AS member, o.name AS member_name, null AS role, null AS position, r.document AS document, r.date AS date
}
RETURN g.id AS group, kind, member, member_name, role, position, document, date
ORDER BY group, kind, member, role, position, document, date, member_name
