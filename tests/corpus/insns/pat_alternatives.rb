case 5
in 1 | 2 | 3 then p :small
in 4 | 5 then p :mid
else p :big
end
