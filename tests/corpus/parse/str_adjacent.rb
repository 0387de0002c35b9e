a = "abc" "def"
b = "x" 'y' "z#{1}"
