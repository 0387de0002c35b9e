puts x do end
puts(x) do end
puts x.y do end
puts x { }
