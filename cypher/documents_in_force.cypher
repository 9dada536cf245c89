// name: documents_in_force
// description: Documents in force on a date: signed by then, effective by then, not expired (unless extended by then), not repealed or replaced by then. Unknown or ambiguous dates never count as before the date.
// param: date (date, required) the day to ask about (YYYY-MM-DD)
// param: jurisdiction (str, optional) only documents of this jurisdiction
// example: policykg query documents_in_force --param date=2024-01-01 --graph OUT
CALL () {
  MATCH (d:Document {jurisdiction: $jurisdiction}) RETURN d
  UNION ALL
  WITH $jurisdiction AS jurisdiction WHERE jurisdiction IS NULL
  MATCH (d:Document) RETURN d
}
WITH d
WHERE NOT coalesce(d.stub, false)
  AND d.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND d.date <= $date
  AND (NOT coalesce(d.effective_date, '') =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' OR d.effective_date <= $date)
  AND (NOT coalesce(d.expiry_date, '') =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' OR d.expiry_date >= $date
       OR EXISTS { MATCH (x:Document)-[e:EXTENDS_VALIDITY_OF]->(d) WHERE coalesce(e.date, x.date) <= $date })
  AND NOT EXISTS { MATCH (x:Document)-[e:REPEALS|REPLACES]->(d) WHERE coalesce(e.date, x.date) <= $date }
RETURN d.id AS document, d.title AS title, d.doc_number AS doc_number, d.date AS date,
       d.effective_date AS effective_date, d.expiry_date AS expiry_date, d.jurisdiction AS jurisdiction
ORDER BY date, document
