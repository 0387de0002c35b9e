%w[a az zz a9 Zz 1.9 zz99 a-9 Az -9 9 ZZZ a0z9 1.9.9 Ab99].each { |s| puts "#{s} -> #{s.succ}" }
p "Implementation Details of Ruby 2.0 VM".succ
p "".succ, "-".succ, "\xff".b.succ, "a\xff".b.succ, "zz".next, "***".succ, "あ".succ
s = +"ay"
s.succ!
p s
p ("a".."e").to_a, ("y".."ab").to_a, ("08".."11").to_a
