s =~ /x/
s !~ /y/
m = (s =~ /z/)
