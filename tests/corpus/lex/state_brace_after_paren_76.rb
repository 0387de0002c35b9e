foo(a) { }
foo (a) { }
foo(a, b) { |x| }
foo.bar(a) { }
