# frozen_string_literal: true
p "a".frozen?, "a".equal?("a"), "a#{1}".frozen?, 'single'.frozen?, %w[x y].first.frozen?, :sym.frozen?, 1.frozen?
p "abc".dup.frozen?, +"abc" == "abc", (+"abc").frozen?, String.new("abc").frozen?, "abc".upcase.frozen?, [1].frozen?
p <<~H.frozen?
  heredoc
H
