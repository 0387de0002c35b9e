f = ->(&b) { b.call(3) }
p f.call { |x| x + 1 }
