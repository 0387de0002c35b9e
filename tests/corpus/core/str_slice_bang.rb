s = "hello world"
p s.slice!(0), s
p s.slice!(0, 4), s
p s.slice!(/o.l/), s
p s.slice!("zz"), s
p s.slice!(1..), s
p s.slice!(5), s
s = "abcdef"
p s.slice(1, 2), s.slice(-2..), s
