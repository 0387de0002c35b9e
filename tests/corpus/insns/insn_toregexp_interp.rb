w = "ab"
p "xaby" =~ /x#{w}y/
