class Counter
  @@count = 0
end
