while (c = next_char)
  buf << c
end
