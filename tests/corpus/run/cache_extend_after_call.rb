class Plain
  def kind = :plain
end
module Fancy
  def kind = :fancy
end
a = Plain.new
b = Plain.new
site = ->(o) { o.kind }
p [site.(a), site.(b)]
a.extend(Fancy)
p [site.(a), site.(b)]
p a.singleton_class.include?(Fancy)
p b.singleton_class.include?(Fancy)
