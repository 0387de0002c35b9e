module Walks; end
class Animal; include Walks; end
class Dog < Animal; end
d = Dog.new
p d.is_a?(Animal)
p d.kind_of?(Walks)
p d.instance_of?(Animal)
p Dog === d
p Walks === d
p Animal === Dog
p Class === Dog
p Module === Walks
p Module === Dog
p Integer === 3
p (1..5) === 3
p /ab/ === "cab"
