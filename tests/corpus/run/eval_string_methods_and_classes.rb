eval <<~RUBY
  class Evald
    def hi = "hi from eval"
  end
RUBY
p Evald.new.hi
code = "def dyn_sum(a, b) = a + b"
eval(code)
p dyn_sum(2, 3)
p eval("[1, 2, 3].map { |v| v * 2 }")
p eval("1 +\n 2\n")
