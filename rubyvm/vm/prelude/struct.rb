# Struct's methods that yield (cf. struct.c rb_struct_each, rb_struct_each_pair, select).
class Struct
  include Enumerable

  def each
    return to_enum(:each) { size } unless block_given?
    to_a.each { |v| yield v }
    self
  end

  def each_pair
    return to_enum(:each_pair) { size } unless block_given?
    members.zip(to_a).each { |pair| yield pair }
    self
  end

  def select(&b)
    return to_enum(:select) { size } unless b
    to_a.select(&b)
  end

  def filter(&b)
    return to_enum(:filter) { size } unless b
    to_a.select(&b)
  end
end
