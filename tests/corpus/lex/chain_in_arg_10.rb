foo(bar
      .baz,
    qux)
