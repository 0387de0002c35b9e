def deep(n)
  throw :found, n if n == 0
  deep(n - 1)
  :unreachable
end
p catch(:found) { deep(50) }
def search(grid, target)
  catch(:hit) do
    grid.each_with_index do |row, i|
      row.each_with_index { |v, j| throw :hit, [i, j] if v == target }
    end
    :miss
  end
end
p search([[1, 2], [3, 4]], 3)
p search([[1, 2], [3, 4]], 9)
