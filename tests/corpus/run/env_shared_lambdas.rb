def make_pair
  value = 0
  getter = -> { value }
  setter = ->(v) { value = v }
  [getter, setter]
end

get, set = make_pair
p get.call
set.call(42)
p get.call
get2, set2 = make_pair
set2.call(7)
p [get.call, get2.call]
