[1, :sym, nil, true].each do |v|
  begin
    def v.x = 1
    p :defined
  rescue TypeError => e
    puts e.message
  end
end
p nil.singleton_class
p true.singleton_class
begin
  5.singleton_class
rescue TypeError => e
  puts e.message
end
