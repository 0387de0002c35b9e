p :a.succ, :z.succ, :a9.succ, :Zz.succ, :"a b".succ, :abc.next, :"".succ
p %i[b c a].sort, %i[b c a].max, %i[abc ab a].sort_by(&:size), :abc.size, :abc.to_s.frozen?, :abc.name.frozen?
p :abc.start_with?("ab"), :abc.end_with?("bc"), :Abc.downcase, :abc.upcase.class, :"ÉA".downcase
