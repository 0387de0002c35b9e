def maybe_yield
  block_given? ? yield : :noblock
end
p maybe_yield, maybe_yield { :blk }
