x = 2
p "a" "b#{x}" "c"
