class Parser
  def self.parse(text)
    tokens = text.split
    tokens.map { |t| convert(t) }
  end

  def self.convert(t)
    raise ArgumentError, "bad token #{t.inspect}" unless t.match?(/\A\d/)
    t.to_i
  end
end

p Parser.parse("1 25")
p Parser.parse("1 x")
