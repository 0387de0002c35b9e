def m
  [<<~ONE, <<~TWO]
    one
      indented
  ONE
    two
  TWO
end
