s = :sym
p "v:#{s}"
