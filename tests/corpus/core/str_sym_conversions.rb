p :abc.to_s.upcase.to_sym, "x y".to_sym.to_s
p "abc".to_sym, :abc.to_s, "ABC".to_sym.inspect, :size.to_proc.call("xyz")
p "Hello World".swapcase.to_sym, "a-b".to_sym, "@iv".to_sym, "$gv".to_sym, "Const".to_sym, "a?".to_sym
