def f(x)
  case x
  when nil then 0
  when true then 1
  when false then 2
  end
end
p f(true)
