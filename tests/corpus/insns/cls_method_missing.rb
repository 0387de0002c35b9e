class Ghost
  def method_missing(n, *a) = "ghost #{n}"
  def respond_to_missing?(*) = true
end
p Ghost.new.boo
