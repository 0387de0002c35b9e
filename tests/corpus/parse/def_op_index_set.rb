def []=(i, v)
  @data[i] = v
end
