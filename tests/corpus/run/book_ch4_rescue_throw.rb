def find_value
  [1, 2, 3].each do |i|
    [4, 5, 6].each do |j|
      throw :found, [i, j] if i + j == 8
    end
  end
  nil
end
p catch(:found) { find_value }
begin
  1 / 0
rescue ZeroDivisionError => e
  puts "rescued: #{e.message}"
ensure
  puts "ensure"
end
