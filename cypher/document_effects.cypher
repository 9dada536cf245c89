// name: document_effects
// description: What a document did to other documents: repealed, amended (with the edit items), replaced or extended the validity of.
// param: document (str, required) Document id
// example: policykg query document_effects --param document=示政发〔2024〕3号 --graph OUT
MATCH (d:Document {id: $document})-[r:REPEALS|AMENDS|REPLACES|EXTENDS_VALIDITY_OF]->(t:Document)
RETURN DISTINCT type(r) AS relation, t.id AS target, t.title AS target_title, coalesce(r.date, d.date) AS date,
       r.pending AS pending, r.edits AS edits
ORDER BY relation, target, date, pending, edits, target_title
