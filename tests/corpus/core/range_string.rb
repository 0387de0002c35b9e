p ("a".."e").to_a, ("aa".."ad").to_a, ("A".."C").map(&:downcase), ("y".."ab").to_a, ("a"..."c").to_a
p ("a".."z").count, ("a".."e").include?("c"), ("a".."e").include?("cc"), ("a".."e").cover?("cc"), ("a".."e") === "cc"
p ("1".."10").to_a, ("08".."11").to_a, ("az".."bc").to_a, ("a".."e").each_slice(2).to_a, ("z".."a").to_a
p ("a".."e").min, ("a".."e").max, ("a".."e").first(2), ("a".."e").last(2), ("a".."e").size
