case h
in {a: Integer, **nil}
  :exact
end
