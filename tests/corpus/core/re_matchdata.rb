m = "The year 1999 and 2024".match(/(\d)(\d+)/)
p m[0], m[1], m[2], m[-1], m[5], m.begin(0), m.end(0), m.begin(2), m.offset(0), m.pre_match, m.post_match
p m.captures, m.to_a, m.size, m.length, m.values_at(0, 2), m.to_s, m.string, m.regexp
p m[1..2], m[0, 2], m.named_captures, m.names
p m.inspect, "abc".match(/(?<x>b)/).inspect, "ab".match(/(a)(z)?/).inspect, "ab".match(/(a)(z)?/).to_a
m2 = "The year 1999 and 2024".match(/\d+/, 10)
p m2[0], m2.begin(0)
