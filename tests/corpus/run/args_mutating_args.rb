def shout!(s)
  s.upcase!
  s << "!"
end

def reassign(s)
  s = "new"
  s
end

str = "hi"
shout!(str)
p str
p reassign(str)
p str
arr = [1]
def push_it(a) = a << 2
push_it(arr)
p arr
