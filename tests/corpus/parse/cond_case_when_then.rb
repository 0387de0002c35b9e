case n
when 1 then :a
when 2 then :b
else :c
end
