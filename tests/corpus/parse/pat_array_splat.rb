case list
in [first, *rest]
  rest
in []
  nil
end
