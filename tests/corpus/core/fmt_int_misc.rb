p format("%d", 1_000_000), format("%,d" , 1) rescue p $!.message
p format("%#.3o", 8), format("%#5x|", 10), format("%-#8b|", 3)
p format("% +d", 3)
p format("%05s|", "ab")
p format("%x", 3.0) rescue p $!.message
p format("%d", nil) rescue p $!.message
p format("%d", "0x1f"), format("%d", "0b11")
p format("%d", "abc") rescue p $!.message
p format("%c", -1) rescue p $!.message
