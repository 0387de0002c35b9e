if a &&
   b &&
   c
  d
end
