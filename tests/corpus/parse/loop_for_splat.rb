for first, *rest in rows
  p rest
end
