foo <<A, <<B
a
A
b
B
x = 1
x <<C
