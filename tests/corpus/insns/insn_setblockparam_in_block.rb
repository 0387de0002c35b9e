def keep(&b)
  [1].each { b = proc { :inner } }
  b.call
end
p keep { :outer }
