case [1, 2, 3, 4]
in [first, *rest, last] then p [first, rest, last]
else nil
end
