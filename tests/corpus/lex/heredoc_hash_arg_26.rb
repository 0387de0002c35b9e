call(body: <<~B, head: <<~H)
  body text
B
  head text
H
