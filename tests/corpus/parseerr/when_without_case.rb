x = 2
when 2 then puts x
