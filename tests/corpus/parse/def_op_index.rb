def [](i)
  @data[i]
end
