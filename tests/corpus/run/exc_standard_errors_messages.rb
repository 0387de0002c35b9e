tests = [
  -> { 1 / 0 },
  -> { nil + 1 },
  -> { 1 + nil },
  -> { "a" + 1 },
  -> { Integer("q") },
  -> { [1].fetch(9) },
  -> { { a: 1 }.fetch(:z) },
  -> { :sym.unknown_meth },
  -> { "abc".freeze << "d" },
  -> { Float("x.y") },
  -> { [1, 2].first(-1) },
]
tests.each do |t|
  t.call
rescue => e
  puts "#{e.class}: #{e.message.lines.first.chomp}"
end
