l1 = ->(x) { }
l2 = -> x do end
l3 = ->(x, y) do x end
l4 = -> { }
l5 = ->x{x}
