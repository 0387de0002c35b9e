case
when a && b then 1
when (c or d) then 2
when list.include?(x) then 3
end
