foo { |a, b c| a }
bar { |d| d + }
