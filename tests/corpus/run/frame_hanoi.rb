$moves = []
def hanoi(n, from, to, via)
  return if n == 0
  hanoi(n - 1, from, via, to)
  $moves << "#{from}->#{to}"
  hanoi(n - 1, via, to, from)
end

hanoi(3, "A", "C", "B")
puts $moves.join(" ")
$moves.clear
hanoi(10, "A", "C", "B")
p $moves.size
