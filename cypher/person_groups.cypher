// name: person_groups
// description: The leading groups a person sits on, with role, post, the listing document and its date. `until` is the day the membership ended (named as leaving, left off a later printed roster, or the group abolished), as in group_members.
// param: person (str, required) Person id or name
// param: as_of (date, optional) only memberships listed by this day and not ended by it (YYYY-MM-DD)
// example: policykg query person_groups --param person=张三 --graph OUT
MATCH (p:Person)-[r:MEMBER_OF]->(g:LeadingGroup)
WHERE p.id = $person OR p.name = $person
WITH p, r, g,
     [(p)-[l:LEFT]->(g) WHERE coalesce(l.role, r.role) = r.role AND r.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND l.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND r.date < l.date | l.date]
   + [(:Document)-[e:ESTABLISHES]->(g)
      WHERE e.roster AND r.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND e.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND r.date < e.date
        AND NOT EXISTS { MATCH (p)-[x:MEMBER_OF]->(g) WHERE x.document = e.document } | e.date]
   + CASE WHEN r.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND g.abolished =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND r.date < g.abolished THEN [g.abolished] ELSE [] END AS ends
WITH p, r, g, reduce(first = null, day IN ends | CASE WHEN first IS NULL OR day < first THEN day ELSE first END) AS until
WHERE $as_of IS NULL OR (r.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND r.date <= $as_of AND (until IS NULL OR until > $as_of))
RETURN DISTINCT p.id AS person, g.id AS group, g.name AS group_name, g.kind AS group_kind,
       r.role AS role, r.position AS position, r.document AS document, r.date AS date, until
ORDER BY person, date, group, role, position, document, until, group_name, group_kind
