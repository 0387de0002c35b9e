a, b = <<A, <<B
first
A
second
B
