def yielder
  puts "before"
  yield
  puts "never printed"
  :normal
end
v = yielder { break :broken }
p v
v2 = yielder { next :nexted }
p v2
def loop_forever
  loop { yield }
end
p(loop_forever { break 42 })
