foo 1 {}
p {a: 1}
