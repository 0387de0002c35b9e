foo(<<X, <<~Y, <<-'Z')
x body
X
    y body
  Y
  z #{raw}
  Z
