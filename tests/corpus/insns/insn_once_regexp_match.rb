x = "ab"
p "zab" =~ /#{x}/o
