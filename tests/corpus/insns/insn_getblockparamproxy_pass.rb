def relay(&b)
  [1, 2, 3].map(&b)
end
p relay { |x| x + 1 }
