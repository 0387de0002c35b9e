for i in 0...3
  for j in 0...3
    print i * j
  end
end
