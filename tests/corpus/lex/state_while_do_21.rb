while x do
  y
end
until z do
  w
end
while (a) do end
