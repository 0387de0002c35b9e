h = { a: 1, b: 2 }
foo(key: :value, other: nil)
