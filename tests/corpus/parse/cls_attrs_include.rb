class Person
  include Comparable
  extend Enumerable
  attr_reader :name, :age
  attr_writer :age
end
