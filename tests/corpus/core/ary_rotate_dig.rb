a = [1, 2, 3, 4, 5]
p a.rotate, a.rotate(2), a.rotate(-1), a.rotate(7), [].rotate, a
b = a.dup
b.rotate!(3)
p b
data = {users: [{name: "a", tags: ["x", "y"]}, {name: "b"}]}
p data.dig(:users, 0, :tags, 1), data.dig(:users, 1, :tags), [[1, [2]]].dig(0, 1, 0), [1].dig(5)
begin
  [1].dig(0, 1)
rescue TypeError => e
  p e.message
end
