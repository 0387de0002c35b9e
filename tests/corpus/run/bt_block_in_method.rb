def process(items)
  items.map do |item|
    transform(item)
  end
end

def transform(item)
  raise ArgumentError, "cannot transform #{item.inspect}" if item.nil?
  item * 2
end

p process([1, 2])
p process([1, nil])
