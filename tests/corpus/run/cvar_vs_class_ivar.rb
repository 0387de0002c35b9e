class Base
  @@shared = []
  @own = []
  class << self
    def shared = @@shared
    def own = @own
  end
end
class Derived < Base
  @own = [:derived]
end
Base.shared << :a
Derived.shared << :b
p Base.shared
p Derived.shared.equal?(Base.shared)
p Base.own
p Derived.own
