foo a do end
foo(a) { }
foo a, b do |x| end
foo bar { } rescue nil
