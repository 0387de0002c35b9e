if x then 1 else 2 end
case y
when 1 then :one
when 2 then :two
end
unless z then 3 end
