o = Object.new
class << o
  def hey = :hey
end
p o.hey
