a = 'hello'
b = ''
c = 'it''s'
d = 'x' 'y'
