x = nil
x ||= 10
p x
