case n
in x if x > 1
  :big
in x
  :small
end
