foo a: 1, "b": 2
foo(a: 1, "b": 2)
foo :a => 1, 'c' => 3
foo x, y: 1
