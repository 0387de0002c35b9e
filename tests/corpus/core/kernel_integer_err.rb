p Integer("12")
Integer("abc")
