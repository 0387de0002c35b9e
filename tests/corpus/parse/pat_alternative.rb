case n
in 1 | 2 | 3
  :small
in Integer | Float
  :number
end
