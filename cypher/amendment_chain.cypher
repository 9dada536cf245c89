// name: amendment_chain
// description: The amendment chain of a document in both directions, transitively: what it amends (and what those amend), and what amends it (and what amends those), with the date of each amendment.
// param: document (str, required) Document id (its normalised 发文字号, else its title)
// example: policykg query amendment_chain --param document=示政发〔2023〕1号 --graph OUT
MATCH (d:Document {id: $document})
CALL {
  WITH d
  MATCH (d)-[:AMENDS*0..]->(s:Document)-[r:AMENDS]->(t:Document)
  RETURN 'amends' AS direction, s, r, t
  UNION
  WITH d
  MATCH (s:Document)-[r:AMENDS]->(t:Document)-[:AMENDS*0..]->(d)
  RETURN 'amended_by' AS direction, s, r, t
}
RETURN DISTINCT direction, s.id AS amending, s.title AS amending_title, t.id AS amended, t.title AS amended_title,
       coalesce(r.date, s.date) AS date, r.pending AS pending
ORDER BY direction, date, amending, amended, pending, amending_title, amended_title
