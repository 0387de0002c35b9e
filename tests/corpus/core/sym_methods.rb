p :abc.length, :abc.size, :"héllo".length, :abc.upcase, :ABC.downcase, :abc.capitalize, :aBc.swapcase
p :a.succ, :az.succ, :abc.to_s, :abc.id2name, :abc[1], :abc[0, 2], :hello =~ /ll/, :abc.start_with?("a"), :abc.end_with?("bc")
p :abc.to_sym, :a.to_proc.class, :"".empty?, :a.empty?, :abc.encoding, :"é".encoding
p :sym.frozen?, :sym.to_s.frozen?, :sym.name.frozen?, :abc.match?(/b/), :abc.match(/b/)[0]
