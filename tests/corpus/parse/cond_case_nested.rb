case a
when 1
  case b
  when 2 then :x
  end
end
