r = %w[a1 b2 c3].map { |s| s =~ /(\w)(\d)/ ? $2 + $1 : nil }
p r
"outer" =~ /out/
[1].each { "inner" =~ /inn/ }
p $&
def m
  "method" =~ /meth/
  $&
end
p m, $&
p "ab".sub(/(a)/) { $1.upcase + $~.post_match }, $~ && $~[0]
