p :a <=> :b, :b <=> :a, :a <=> :a, :a <=> "a", %i[zeta alpha Mid _x].sort, %i[b a].max
p :a == :a, :a.equal?(:a), :a == "a", :a.hash == :a.hash, :abc.eql?(:abc)
p :a < :b rescue p $!.class
p :abc.between?(:abb, :abd), :a.casecmp(:A), :a.casecmp?(:A), :a.casecmp("a")
