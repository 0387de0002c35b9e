p "a".frozen?, "a".equal?("a"), :sym.frozen?, 1.frozen?, 1.5.frozen?, nil.frozen?, (1..2).frozen?, [].frozen?, {}.frozen?
p "a".freeze.equal?("a".freeze), -"x", (-"x").frozen?, /re/.frozen?
p (2**100).frozen?, 1r.frozen?, 1i.frozen?, Object.new.frozen?, "".freeze.frozen?
