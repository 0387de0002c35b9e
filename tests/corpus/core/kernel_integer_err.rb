p Integer("0x10"), Integer("-0b11")
p Integer("12")
Integer("abc")
