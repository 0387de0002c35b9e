def k(x)
  case x
  when 1, :a, "s", nil then :lit
  when String then :str
  end
end
p k(nil)
