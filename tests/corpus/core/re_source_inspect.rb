r = /ab+c/ix
p r, r.source, r.to_s, r.inspect, r.options, /a\/b/, /a\/b/.source, %r{a/b}, %r{a/b}.source
p /abc/.to_s, /abc/m.to_s, /(a)|b/.to_s, Regexp.new("a/b"), Regexp.new("x", "i") rescue p $!
puts /x y/, /x/mi
p /a/ == /a/, /a/ == /a/i, /a/.eql?(/a/), /a/.hash == /a/.hash, /a/.frozen?, Regexp.new("a").frozen?
p /\n\t\u00e9/, /é/.source, /[a-z]#{1}/, /\//.inspect
