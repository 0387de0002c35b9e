pairs = [[1, [2, 3]], [4, [5, 6]]]
pairs.each { |a, (b, c)| p [a, b, c] }
{ x: 1, y: 2 }.each { |k, v| p [k, v] }
{ x: 1 }.map { |pair| p pair }
[[1, 2, 3]].each { |a, *b| p [a, b] }
[[1, 2]].each { |a| p a }
[[1, 2]].each_with_index { |(a, b), i| p [a, b, i] }
