a = 1
case 1
when a then p :var
when 2 then p :lit
end
