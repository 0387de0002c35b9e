def loop_it
  [1].each { redo if false }
end
