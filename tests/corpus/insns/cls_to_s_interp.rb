class Temp
  def to_s = "20C"
end
t = Temp.new
puts "Temp is #{t}"
