return /x/ if a
x = (b and /y/)
case s
when /z/ then 1
end
