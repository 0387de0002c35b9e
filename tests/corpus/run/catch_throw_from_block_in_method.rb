def each_item
  yield 1
  yield 2
  yield 3
  :all_done
end
r = catch(:enough) do
  each_item do |x|
    puts "item #{x}"
    throw :enough, x if x == 2
  end
end
p r
p catch(:enough) { each_item { |x| x } }
