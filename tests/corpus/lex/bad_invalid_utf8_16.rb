s = 'ok €'
p s
