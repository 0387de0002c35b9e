module M
end
class A < Object
end
class << self
end
