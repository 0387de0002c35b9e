lim = 10
case h
in {n: ^lim}
  :same
end
