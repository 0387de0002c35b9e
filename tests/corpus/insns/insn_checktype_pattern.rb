case [1, 2]
in [a, b] then p a + b
else p :no
end
