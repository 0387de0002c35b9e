p self.to_s
p self.class
p self.inspect
def helper = :helper
p self.respond_to?(:helper, true)
p Object.private_method_defined?(:helper)
x = self
p x.equal?(TOPLEVEL_BINDING.receiver)
