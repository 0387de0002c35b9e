def f
  return
  return 1
  return 1, 2
end
loop { break }
[1].map { next 2 }
