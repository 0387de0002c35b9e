p Integer("0b1010", exception: false), Integer(" 42\n"), Integer("-0x1f"), Integer("+7"), Integer(12.0), Integer("1e3", exception: false)
p Float("1e-3"), Float("-.5", exception: false), Float(" 6 "), Float("Infinity", exception: false), Float("1_000"), Float(5r)
p Integer("08", exception: false), Integer("08", 10), Integer("0_8", exception: false), Integer("0" * 3), Integer("z", 36)
