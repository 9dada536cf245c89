// name: groups_sharing_members
// description: Pairs of leading groups that share members (people) or member units, with both counts.
// param: min_shared (int 1.., default 1) the least number of shared people and units together
// example: policykg query groups_sharing_members --param min_shared=2 --graph OUT
CALL {
  MATCH (a:LeadingGroup)<-[:MEMBER_OF]-(p:Person)-[:MEMBER_OF]->(b:LeadingGroup)
  WHERE a.id < b.id
  RETURN a, b, count(DISTINCT p) AS people, 0 AS units
  UNION ALL
  MATCH (a:LeadingGroup)<-[:MEMBER_UNIT_OF]-(o:Organization)-[:MEMBER_UNIT_OF]->(b:LeadingGroup)
  WHERE a.id < b.id
  RETURN a, b, 0 AS people, count(DISTINCT o) AS units
}
WITH a, b, sum(people) AS shared_people, sum(units) AS shared_units
WHERE shared_people + shared_units >= $min_shared
RETURN a.id AS group_a, a.name AS group_a_name, b.id AS group_b, b.name AS group_b_name,
       shared_people, shared_units, shared_people + shared_units AS shared
ORDER BY shared DESC, group_a, group_b, group_a_name, group_b_name
