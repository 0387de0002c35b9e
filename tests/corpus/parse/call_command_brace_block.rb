foo(1) { |x| x }
foo a { |x| x }
