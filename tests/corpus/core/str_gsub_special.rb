p "hello".gsub(/l/, "\\\\"), "hello".gsub(/(l)/, "\\1\\1"), "hello".gsub("l", "\\0!"), "a.b".gsub(".", "\\&\\&")
p "ab".gsub(/(?<c>b)/, "[\\k<c>]"), "abc".gsub(/b/) { "\\0" }, "abc".sub(/(b)(c)/, "\\2\\1"), "x".gsub(/x/, "\\\\\\\\")
p "aaa".gsub(/a/).with_index.map { |m, i| "#{m}#{i}" }, "abc".gsub(/[ac]/, "a" => "1"), "a-b".gsub(/-/, "-" => "\\0")
