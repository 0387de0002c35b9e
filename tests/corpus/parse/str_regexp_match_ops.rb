a = "abc" =~ /b/
b = /b/ =~ "abc"
c = s !~ /z/
d = s.match?(/x/)
