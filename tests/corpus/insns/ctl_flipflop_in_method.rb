def sel(xs)
  xs.select { |x| true if (x > 2)..(x > 4) }
end
p sel([1, 2, 3, 4, 5, 6])
