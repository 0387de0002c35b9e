case pair
in [_, _]
  :pair
in [_x, *]
  :first
end
