class Outer
  INNER = 1
  HIDDEN = 2
  private_constant :HIDDEN
  def self.peek = HIDDEN
end

p Outer::INNER
p Outer.peek
begin
  Outer::HIDDEN
rescue NameError => e
  puts e.message.lines.first
end
p Outer.constants.sort
