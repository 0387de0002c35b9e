case c
when "a",
     "b",
     "c"
  :letter
end
