class St
  def orig = :o
  alias copy orig
  alias :copy2 :orig
end
p St.new.copy, St.new.copy2
