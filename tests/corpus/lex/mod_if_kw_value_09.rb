break if x
next unless y
redo if z
retry if w
