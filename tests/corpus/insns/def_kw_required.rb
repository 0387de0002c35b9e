def make(name:, size:)
  "#{name}:#{size}"
end
p make(size: 1, name: "a")
