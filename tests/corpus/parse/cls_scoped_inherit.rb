class Outer::Inner < Base::Thing
  X = 1
end
