p "ab" * 3
