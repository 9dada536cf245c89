// name: group_members
// description: Members of a leading group: people with their role and post, and member units, with the document that lists them. `until` is the day a membership ended: a later document names the person as leaving that role, prints the whole roster without them, or abolishes the group. Unknown or ambiguous dates never end a membership and never count as before as_of.
// param: group (str, required) LeadingGroup id or name
// param: as_of (date, optional) only memberships listed by this day and not ended by it (YYYY-MM-DD)
// example: policykg query group_members --param group=示例市示例工作领导小组 --param as_of=2024-01-01 --graph OUT
MATCH (g:LeadingGroup) WHERE g.id = $group OR g.name = $group
CALL {
  WITH g
  MATCH (p:Person)-[r:MEMBER_OF]->(g)
  WITH p, r,
       [(p)-[l:LEFT]->(g) WHERE coalesce(l.role, r.role) = r.role AND r.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND l.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND r.date < l.date | l.date]
     + [(:Document)-[e:ESTABLISHES]->(g)
        WHERE e.roster AND r.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND e.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND r.date < e.date
          AND NOT EXISTS { MATCH (p)-[x:MEMBER_OF]->(g) WHERE x.document = e.document } | e.date] AS ends
  RETURN 'person' AS kind, p.id AS member, p.name AS member_name, r.role AS role, r.position AS position, r.document AS document, r.date AS date, ends
  UNION
  WITH g
  MATCH (o:Organization)-[r:MEMBER_UNIT_OF]->(g)
  WITH o, r,
       [(:Document)-[e:ESTABLISHES]->(g)
        WHERE e.roster AND r.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND e.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND r.date < e.date
          AND EXISTS { MATCH (:Organization)-[x:MEMBER_UNIT_OF]->(g) WHERE x.document = e.document }
          AND NOT EXISTS { MATCH (o)-[x:MEMBER_UNIT_OF]->(g) WHERE x.document = e.document } | e.date] AS ends
  RETURN 'unit' AS kind, o.id AS member, o.name AS member_name, null AS role, null AS position, r.document AS document, r.date AS date, ends
}
WITH g, kind, member, member_name, role, position, document, date,
     ends + CASE WHEN date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND g.abolished =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND date < g.abolished THEN [g.abolished] ELSE [] END AS ends
WITH g, kind, member, member_name, role, position, document, date,
     reduce(first = null, day IN ends | CASE WHEN first IS NULL OR day < first THEN day ELSE first END) AS until
WHERE $as_of IS NULL OR (date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND date <= $as_of AND (until IS NULL OR until > $as_of))
RETURN DISTINCT g.id AS group, kind, member, member_name, role, position, document, date, until
ORDER BY group, kind, member, role, position, document, date, until, member_name
