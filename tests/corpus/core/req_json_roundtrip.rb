require "json"
data = { "name" => "Ann", "tags" => ["a", "b"], "n" => 1.5, "big" => 2**70, "nil" => nil, "ok" => false, :sym => :val }
s = JSON.generate(data)
puts s
back = JSON.parse(s)
p back, back["big"].class, JSON.parse(s, symbolize_names: true).keys.first(3)
puts JSON.pretty_generate(data)
puts JSON.pretty_generate([]), JSON.pretty_generate({}), JSON.pretty_generate([1, [2, [3]]])
p "tab\there \"q\" \\ \u0001 é/".to_json, nil.to_json, [1, "x"].to_json, 12.to_json, 1e20.to_json
class Pt
  def initialize(x, y) = (@x, @y = x, y)
  def to_json(*a) = { "x" => @x, "y" => @y }.to_json(*a)
end
p JSON.generate([Pt.new(1, 2)]), JSON.dump({ "a" => [1] })
begin
  JSON.generate(Float::NAN)
rescue JSON::GeneratorError => e
  p e.class, e.message
end
begin
  JSON.parse("[1, 2")
rescue JSON::ParserError => e
  p e.class.ancestors.take(3)
end
p JSON.parse('{"a": [1, 2.0, -3e2, "\u00e9", true]}'), JSON.parse("3"), JSON.parse('"s"')
