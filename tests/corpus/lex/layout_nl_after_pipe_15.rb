list.map { |x|
  x
}
list.each do |a,
              b|
end
