p [1, 2, 4, 9, 10, 11, 12, 15].chunk_while { |a, b| b == a + 1 }.to_a
p [1, 2, 4, 9, 10, 11, 12, 15].slice_when { |a, b| b != a + 1 }.to_a
p [1, 1, 2, 3, 3].chunk { |x| x.odd? }.to_a
p [].chunk_while { true }.to_a
p %w[a b C d E F].slice_when { |a, b| a =~ /[a-z]/ && b =~ /[A-Z]/ }.to_a
p (1..10).chunk { |x| x % 3 == 0 ? :_separator : x.even? }.to_a
p [1, 2, 3, 10, 11].slice_before { |x| x >= 10 }.to_a
p [1, 2, 3, 10, 11].slice_after(&:odd?).to_a
