class Plain; end
o = Plain.new
p o.respond_to?(:to_s)
p o.methods.include?(:inspect)
p Plain.instance_methods(false)
p o.singleton_methods
def o.special = 1
p o.singleton_methods
p o.public_methods(false).include?(:special)
p Plain.public_instance_methods.include?(:object_id)
