s = "a" "b"
t = "c" 'd' "e"
u = "f"\
    "g"
