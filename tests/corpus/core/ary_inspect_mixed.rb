p [1, 2.0, 3r, 4i, "5", :"6", nil, true, 1..2, [7], {8 => 9}, Object, Comparable, 10**20, -0.0, Float::NAN]
puts [1, [2, [3]]].inspect, [nil, true].to_s, [].inspect, [[]].to_s
p ["a\nb", "tab\t", "é", "\e"], [:"a b", :c?, :D]
