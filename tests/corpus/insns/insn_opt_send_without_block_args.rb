p "abc".center(7, "*")
