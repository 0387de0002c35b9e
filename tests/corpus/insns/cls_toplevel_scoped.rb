class ::Topish
  VAL = 1
end
p Topish::VAL
