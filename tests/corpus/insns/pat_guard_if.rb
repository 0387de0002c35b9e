case [3, 4]
in [x, y] if x < y then p :asc
else p :other
end
