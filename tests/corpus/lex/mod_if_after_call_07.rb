foo(1) if bar
foo 1 if bar
foo.bar baz unless qux
[1, 2].each { |x| p x } if list
