x = :s
p "#{x}"
