class Model
  def self.create(attrs) = "Model.create(#{attrs})"
end
class User < Model
  def self.create(attrs)
    "User -> " + super(attrs.merge(role: :user))
  end
end
class Admin < User
  class << self
    def create(attrs) = "Admin -> " + super
  end
end

puts Admin.create({ name: "x" })
