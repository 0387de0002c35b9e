case
when x < 0 then "neg"
when x > 0 then "pos"
else "zero"
end
