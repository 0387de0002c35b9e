list = []
list.empty?
if list.nil? then puts 1 end
foo.include?(3)
