valid?(x)
save!
obj.empty?
