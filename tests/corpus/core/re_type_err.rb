p "abc" =~ /b/
p "abc" =~ "b"
