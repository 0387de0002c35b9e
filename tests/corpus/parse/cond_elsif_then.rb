if x == 1 then "a"
elsif x == 2 then "b"
end
