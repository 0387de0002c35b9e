puts [1]
puts -1
puts *a
puts ::X
puts :s
