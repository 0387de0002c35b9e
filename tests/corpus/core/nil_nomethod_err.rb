def find_user(id) = id == 1 ? {name: "one"} : nil
p find_user(1)[:name]
p find_user(2)[:name]
