# deep recursion through C functions that call back into Ruby (send, a bmethod, Hash's
# default proc, Method#call): 10,000 Ruby-level calls must work, unbounded ones must end in
# SystemStackError
def via_send(n) = n == 0 ? 0 : send(:via_send, n - 1) + 1
p via_send(10_000)
define_method(:via_bmethod) { |n| n == 0 ? 0 : via_bmethod(n - 1) + 1 }
p via_bmethod(10_000)
memo = Hash.new { |h, k| h[k] = k == 0 ? 0 : h[k - 1] + 1 }
p memo[3000]
def via_method_call(n) = n == 0 ? 0 : method(:via_method_call).call(n - 1) + 1
p via_method_call(3000)
endless = Hash.new { |h, k| h[k] = h[k + 1] }
begin
  endless[0]
rescue SystemStackError => e
  p e.class
end
def forever(n) = method(:forever).call(n + 1)
begin
  forever(0)
rescue SystemStackError => e
  p e.message
end
puts "survived"
