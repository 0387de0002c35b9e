class Picky
  def inspect = "#<Picky>"
  def method_missing(name, *args)
    return :handled if name == :ok
    super
  end
end

p Picky.new.ok
begin
  Picky.new.not_ok
rescue NoMethodError => e
  p e.name
  p e.args
  puts e.message.lines.first
end
