case [1, 2, 3]
in [1, x, *] then p x
else p :no
end
