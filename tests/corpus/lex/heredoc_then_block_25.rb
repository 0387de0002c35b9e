expect(<<~YAML) do |doc|
  key: value
YAML
  doc.size
end
