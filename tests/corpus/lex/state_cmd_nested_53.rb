foo bar baz do end
a b c { } rescue nil
puts [1].map do |x| x end
