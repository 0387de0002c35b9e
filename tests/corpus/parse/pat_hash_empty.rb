case h
in {}
  :empty
end
