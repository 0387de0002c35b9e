h = { if: 1, end: 2, class: 3, def: 4 }
foo(then: 1, self: 2, nil: 3)
