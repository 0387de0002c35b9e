p __FILE__
p __LINE__
p __ENCODING__
def m = __method__
p __dir__
