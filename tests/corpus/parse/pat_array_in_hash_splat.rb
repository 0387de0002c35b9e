case h
in {list: [*, 0, *]}
  :zero
end
