p({a: 1})
p {}
h = {a: {b: {}}}
return {} if x
