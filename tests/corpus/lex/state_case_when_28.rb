case x
when 1, 2 then :a
when /re/ then :b
when String, *list then :c
when -> (v) { v } then :d
end
