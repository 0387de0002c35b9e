def lookup(table, key)
  table[key]
end

def describe(table)
  entry = lookup(table, :missing)
  entry.upcase
end

puts "describing"
describe({ present: "x" })
