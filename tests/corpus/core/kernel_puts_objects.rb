class Foo
  def to_s
    "foo!"
  end
end
puts Foo.new
puts [Foo.new, Foo.new]
puts true, false
puts 10**20
puts 1e20
puts 1.0/3
puts :"odd sym"
puts "tab\there"
