p "hello".dup.upcase!.downcase!, "A".dup.downcase!
p "abc".dup.upcase!, "ABC".dup.upcase!, "Abc".dup.downcase!, "abc".dup.downcase!, "abc".dup.capitalize!, "Abc".dup.capitalize!
p "aBc".dup.swapcase!, "123".dup.swapcase!, "é".dup.upcase!, "".dup.upcase!
