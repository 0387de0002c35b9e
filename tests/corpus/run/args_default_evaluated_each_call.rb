$counter = 0
def next_id = $counter += 1
def make(id = next_id, list = []) 
  list << id
  list
end

p make
p make
p make(10)
p make(nil, [:x])
p $counter
