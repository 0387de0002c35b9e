m = [[1, 2, 3], [4, 5, 6]]
p m.transpose, m.transpose.transpose == m, [].transpose, [[]].transpose
p [1, 2, 3].zip([4, 5, 6], [7, 8, 9]), [1, 2].zip([3]), m.map(&:sum), m.transpose.map(&:sum)
begin
  [[1, 2], [3]].transpose
rescue IndexError => e
  p e.message
end
p m.each_slice(1).to_a, m.flatten.each_slice(2).to_a
