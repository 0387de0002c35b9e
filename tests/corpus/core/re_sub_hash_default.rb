h = Hash.new { |_, k| "<#{k}>" }
h["a"] = "A"
p "abc".gsub(/[abc]/, h), "xyz".gsub(/y/, Hash.new("?")), "aaa".gsub("a", "a" => "b")
p "cat".sub(/c/, {"c" => 1}), "cat".gsub(/./, "c" => :sym) rescue p $!
