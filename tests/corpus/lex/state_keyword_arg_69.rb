foo if: 1
foo unless: 2, while: 3
foo(do: 1)
