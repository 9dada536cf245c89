// name: people_on_many_groups
// description: People who sit on at least N leading groups, with the groups.
// param: min_groups (int 1.., default 2) the least number of groups
// param: jurisdiction (str, optional) only people of this jurisdiction
// example: policykg query people_on_many_groups --param min_groups=3 --graph OUT
CALL () {
  MATCH (p:Person {jurisdiction: $jurisdiction}) RETURN p
  UNION ALL
  WITH $jurisdiction AS jurisdiction WHERE jurisdiction IS NULL
  MATCH (p:Person) RETURN p
}
MATCH (p)-[:MEMBER_OF]->(g:LeadingGroup)
WITH DISTINCT p, g
ORDER BY g.id
WITH p, collect(g.id) AS groups
WHERE size(groups) >= $min_groups
RETURN p.id AS person, p.name AS name, size(groups) AS group_count, groups
ORDER BY group_count DESC, person, name
