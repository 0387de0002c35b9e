NAMES = ["ann", "bob"].freeze

def add_name(n)
  NAMES << n
end

p NAMES.size
add_name("cy")
