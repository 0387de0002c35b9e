class Par
  @@count = 0
  def self.inc = @@count += 1
end
class Sub < Par
  def self.peek = @@count
end
Par.inc
p Sub.peek
