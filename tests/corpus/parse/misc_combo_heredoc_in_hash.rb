cfg = {
  sql: <<~SQL,
    SELECT #{cols.join(", ")}
    FROM t
  SQL
  limit: 10,
}
