foo a: 1
foo 1, b: 2
foo(1, "c" => 3, d: 4)
