p "cat hat bat".gsub(/[chb]at/, "cat" => "dog", "hat" => "cap"), "1 2 3".gsub(/\d/, "1" => "one", "3" => "three")
p "hello".gsub(/[el]/, "e" => 3, "l" => "L"), "aaa".gsub(/a/, "a" => nil)
codes = {"&" => "&amp;", "<" => "&lt;", ">" => "&gt;"}
p "<a & b>".gsub(/[&<>]/, codes)
