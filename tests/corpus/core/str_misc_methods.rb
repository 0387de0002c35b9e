p "hello".length, "".empty?, " ".empty?, "abc".ord, "hello".sum, "ab".hex, "777".oct, "0x1f".hex, "0b11".oct
p "hello world".insert(5, ","), "abc".insert(-1, "d"), "hello".replace("bye"), "hello".clear
p "a%b".dump
p "hello\n".dump, "é".dump, "\e".dump, "\"quoted\"".undump
p "title case words".split.map(&:capitalize).join(" ")
p "snake_case_word".split("_").each_with_index.map { |w, i| i.zero? ? w : w.capitalize }.join
p "CamelCaseString".gsub(/([A-Z])/) { "_" + $1.downcase }.delete_prefix("_")
