s = 'line one
line two
line three'
puts s
