p "a1b22c333".scan(/\d+/), "a1b22c333".scan(/([a-z])(\d+)/), "hello".scan(/l/), "".scan(/x/)
p "The quick brown fox".scan(/\w+/).map(&:length)
r = []
"k1=v1;k2=v2".scan(/(\w+)=(\w+)/) { |k, v| r << "#{v}:#{k}" }
p r
"abc".scan(/./) { print $&.upcase }
puts
p "aaaa".scan(/aa/), "abab".scan("ab"), "héllo wörld".scan(/\w+/)
p "test123abc".scan(/[a-z]+|\d+/)
p "a,b;c".scan(/[^,;]+/)
