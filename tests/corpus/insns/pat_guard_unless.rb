case 7
in Integer => n unless n.even? then p :odd
else p :even
end
