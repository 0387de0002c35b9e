module Shop
  TAX = 0.5
  class Cart
    def tax = TAX
  end
end
class Shop::Cart
  def tax2 = defined?(TAX) ? TAX : :not_visible
end
p Shop::Cart.new.tax
p Shop::Cart.new.tax2
