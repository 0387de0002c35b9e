case h
in {"name": String => n}
  n
end
