[1,2].each do |x|

  p x

end
