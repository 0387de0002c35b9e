def t
  yield
rescue => e
  puts e.backtrace
end
t { [1, 2].map { |x| raise "a" } }
t { (1..2).map { |x| raise "b" } }
t { {a: 1}.each { |k, v| raise "c" } }
t { {a: 1}.map { |k, v| raise "d" } }
t { [1, 2].each_slice(1) { raise "e" } }
t { [1, 2].sort_by { raise "f" } }
t { [3, 1].inject { |a, b| raise "g" } }
t { (1..3).each_with_index { raise "h" } }
