p "é" * 3, ("é" * 3).length, ("é" * 3).bytesize, "🎉" * 2, ("🎉" * 2).size, ("🎉" * 2).bytesize
p "ab" * 2 + "c", ("-=" * 5).center(14, "|")
p "日本語".chars.map { _1 * 2 }.join
