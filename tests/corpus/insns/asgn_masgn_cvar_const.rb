class Hm
  @@x, Y = 1, 2
  p [@@x, Y]
end
