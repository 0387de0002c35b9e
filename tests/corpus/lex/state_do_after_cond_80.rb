until (x) do
end
while x
  y do end
end
