a = "lit".freeze
b = -"lit"
p a.equal?(b)
