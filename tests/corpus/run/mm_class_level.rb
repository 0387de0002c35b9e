class Finder
  def self.method_missing(name, *args)
    if name.to_s.start_with?("find_by_")
      "finding by #{name.to_s.sub("find_by_", "")} = #{args.first}"
    else
      super
    end
  end
  def self.respond_to_missing?(name, priv = false) = name.to_s.start_with?("find_by_") || super
end

puts Finder.find_by_name("bob")
puts Finder.find_by_age(3)
p Finder.respond_to?(:find_by_x)
begin
  Finder.other
rescue NoMethodError => e
  puts e.message.lines.first
end
