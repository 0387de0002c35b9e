p "hello".to_sym, "hello".intern, "with space".to_sym, "9start".to_sym, "?".to_sym, "foo=".to_sym, "".to_sym
p :abc.to_s, :abc.id2name, :abc.name, :upcase.to_proc.call("x")
p "abc".to_sym.equal?(:abc), %s{sym}, %i[a b], :"a#{1}b"
