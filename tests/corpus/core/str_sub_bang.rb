s = +"banana"
p s.sub!("a", "A"), s
p s.gsub!("a", "4"), s
p s.sub!("zz", "y"), s
p s.gsub!(/q/, ""), s
t = "x-y-z".dup
t.gsub!("-") { "+" }
p t
p "The Cat".gsub(/cat/i) { |m| m.reverse }
