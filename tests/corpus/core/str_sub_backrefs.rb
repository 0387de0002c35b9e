p "John Smith".sub(/(\w+) (\w+)/, '\2, \1')
p "John Smith".sub(/(?<f>\w+) (?<l>\w+)/, '\k<l> \k<f>')
p "abc".gsub(/b/, '[\0]'), "abc".gsub(/b/, '[\&]'), "abc".gsub(/b/, "[\\`]"), "abc".gsub(/b/, "[\\']")
p "abc".gsub(/(b)/) { "#{$1.upcase}#{$~.pre_match}" }
p "2021-03-04".gsub(/(\d+)-(\d+)-(\d+)/) { "#{$3}/#{$2}/#{$1}" }
p "a1b22c333".gsub(/\d+/) { |d| (d.to_i * 2).to_s }
p "hello".gsub(/l/, "\\\\l"), "hello".gsub("l", '\\\\')
p "aaa".gsub(/a/, "\\9"), "tic tac".gsub(/t(\w)c/, 'T\1C')
