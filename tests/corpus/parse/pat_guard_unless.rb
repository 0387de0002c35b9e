case n
in Integer => i unless i.zero?
  i
end
