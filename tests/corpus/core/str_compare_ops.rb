words = %w[banana Apple cherry apple Banana]
p words.sort, words.sort_by(&:downcase), words.min, words.max, words.sort { |a, b| a.casecmp(b) }
p "a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z"
p "abc".between?("abb", "abd"), "abc".clamp("b", "c"), ["b", "a"].minmax
