a = [1]
a.first.then { _1 }
a.push(2).pop
p a
