def with_yield
  yield(1, 2)
end
def with_call(&b)
  b.call(1, 2)
end
def with_block_given
  block_given? ? yield : "no block"
end
p with_yield { |a, b| a + b }
p with_call { |a, b| a * b }
p with_block_given
p with_block_given { "has block" }
