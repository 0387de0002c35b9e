def a = b
def b = c
def c = caller.size > 0
p a
def d = caller_locations(1, 1).first.label
def e = d
p e
p __FILE__
p __LINE__
p __dir__ == File.dirname(File.expand_path(__FILE__))
