case 3
when *[1, 2], 3 then p :hit
end
