def even?(n)
  n == 0 ? true : odd?(n - 1)
end

def odd?(n)
  n == 0 ? false : even?(n - 1)
end

p even?(10)
p odd?(7)
p even?(5001)
p odd?(4000)
