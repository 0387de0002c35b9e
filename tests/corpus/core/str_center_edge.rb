p "ab".center(2), "ab".center(3), "ab".center(4, "-")
p "".center(3), "".center(0), "abc".center(-1), "ab".center(5, "xy"), "ab".center(6, "xyz"), "abc".center(4)
p "x".ljust(0), "x".ljust(1), "x".rjust(4, "ab"), "🎉".center(5, "."), "ab".ljust(5, "é")
