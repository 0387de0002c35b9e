def outer
  inner_val = inner
  "outer got #{inner_val}"
end
def inner
  [1, 2, 3].each do |x|
    [10, 20].each do |y|
      return x * y if x * y > 30
    end
  end
  :none
end
p outer
def lambda_in_block
  l = -> { [1, 2].each { |x| return :inner_return } ; :after_each }
  [l.call, :method_continues]
end
p lambda_in_block
