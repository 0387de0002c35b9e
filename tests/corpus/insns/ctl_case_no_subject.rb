x = 4
case
when x < 3 then p :low
when x < 6 then p :mid
end
