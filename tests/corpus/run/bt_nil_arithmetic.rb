prices = { apple: 3, pear: 5 }

def cost(prices, fruit, n)
  prices[fruit] * n
end

p cost(prices, :apple, 2)
p cost(prices, :banana, 2)
