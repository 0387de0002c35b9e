people = [["bob", 25, "NY"], ["amy", 30, "LA"], ["cal", 25, "LA"], ["dee", 30, "NY"], ["eve", 22, "SF"]]
p people.sort_by { |n, a, c| [a, n] }.map(&:first), people.sort_by { |n, a, c| [-a, c, n] }.map(&:first)
p people.min_by { _2 }, people.max_by { [_2, _1] }, people.group_by { _3 }.transform_values(&:size), people.sort.first
p people.sort { |x, y| [y[1], x[0]] <=> [x[1], y[0]] }.map(&:first)
