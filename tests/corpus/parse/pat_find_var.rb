case data
in [*, x, *]
  x
end
