"hello" =~ /l+/
puts "matched #$& before #$`"
puts "group #$1 and #{$2}"
