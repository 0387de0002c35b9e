s = "a1b22c333"
r = s.gsub(/\d+/) { |m| "<#{m}:#{$&.size}>" }
p r
p $&
t = "hello world".sub(/(o) (w)/) { "#{$2}#{$1}" }
p t
p $1
