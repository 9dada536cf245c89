// name: person_groups
// description: The leading groups a person sits on, with role, post, the listing document and its date.
// param: person (str, required) Person id or name
// example: policykg query person_groups --param person=张三 --graph OUT
MATCH (p:Person)-[r:MEMBER_OF]->(g:LeadingGroup)
WHERE p.id = $person OR p.name = $person
RETURN DISTINCT p.id AS person, g.id AS group, g.name AS group_name, g.kind AS group_kind,
       r.role AS role, r.position AS position, r.document AS document, r.date AS date
ORDER BY person, date, group, role, position, document, group_name, group_kind
