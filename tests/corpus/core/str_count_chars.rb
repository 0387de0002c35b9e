text = "the quick brown fox jumps over the lazy dog"
freq = text.delete(" ").chars.tally.sort_by { |c, n| [-n, c] }.first(5)
p freq
p text.count("aeiou"), text.count("a-z", "^aeiou"), text.split.group_by(&:size).keys.sort
p text.squeeze, text.split.map(&:capitalize).join(" "), text.scan(/\b\w/).join
p ("a".."z").all? { text.include?(_1) }
