def both(&b)
  yield + b.call
end
p both { 2 }
