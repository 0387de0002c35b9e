class Product; end
Product.class_eval do
  attr_accessor :price
  def discounted = price * 0.5
end
pr = Product.new
pr.price = 10
p pr.discounted
Product.class_eval <<~RUBY
  def label = "product $\#{price}"
RUBY
p pr.label
name = :tax
Product.class_exec(name) do |n|
  define_method(n) { price / 10 }
end
p pr.tax
