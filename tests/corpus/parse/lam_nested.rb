adder = ->(a) { ->(b) { a + b } }
adder.(1).(2)
