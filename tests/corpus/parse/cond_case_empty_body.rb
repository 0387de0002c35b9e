case x
when 1
when 2
  nil
end
