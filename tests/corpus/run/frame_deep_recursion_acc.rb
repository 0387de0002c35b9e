def sum_to(n, acc)
  return acc if n.zero?
  sum_to(n - 1, acc + n)
end

p sum_to(5_000, 0)
p sum_to(100, 0)
$calls = 0
def count_down(n)
  $calls += 1
  count_down(n - 1) if n > 0
end
count_down(9_000)
p $calls
