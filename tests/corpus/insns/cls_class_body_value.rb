v = class Tmp
  42
end
p v
