p Symbol.all_symbols.size > 1000, Symbol.all_symbols.include?(:puts)
s = "dynamic_#{42}".to_sym
p s, Symbol.all_symbols.include?(s)
p :a.object_id == :a.object_id, "a".to_sym.equal?(:a)
