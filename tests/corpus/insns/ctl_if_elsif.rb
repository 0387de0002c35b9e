def sign(n)
  if n > 0 then 1
  elsif n < 0 then -1
  else 0
  end
end
p sign(-4)
