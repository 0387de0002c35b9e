a = [1, "two", :three, nil, [4], 5.0]
p a.include?("two"), a.include?(5), a.include?([4]), a.include?(nil), a.index(:three), a.index(5), a.find { _1.is_a?(Symbol) }
p a.any?(nil), a.all?, a.none?(Hash), a.one?(Array), a.grep(Numeric), a.grep_v(Numeric).size, a.grep(/t/)
