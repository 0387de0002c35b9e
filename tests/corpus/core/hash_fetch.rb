h = {a: 1, "b" => nil}
p h.fetch(:a), h.fetch("b"), h.fetch(:z, :default), h.fetch(:z) { |k| "blk #{k}" }, h.fetch_values(:a, "b")
begin
  h.fetch(:x)
rescue KeyError => e
  p e.message, e.key, e.receiver == h
end
begin
  h.fetch("missing")
rescue KeyError => e
  p e.message
end
begin
  h.fetch_values(:a, :q)
rescue KeyError => e
  p e.message
end
p h.dig(:a), {a: {b: {c: 42}}}.dig(:a, :b, :c), {a: [10, 20]}.dig(:a, 1), {a: nil}.dig(:a, :b)
