p "abc" =~ /c/, "abc".index("c")
p "abc" =~ /b/
p "abc" =~ "b"
