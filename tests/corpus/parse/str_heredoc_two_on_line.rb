foo(<<A, <<B)
first
A
second
B
