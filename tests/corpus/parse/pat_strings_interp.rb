case s
in "a#{1}b"
  :interp
in %w[x y]
  :words
end
