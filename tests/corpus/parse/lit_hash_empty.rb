h = {}
h2 = Hash.new { |hash, k| hash[k] = [] }
