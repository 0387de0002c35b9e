o = Object.new
p o.singleton_methods, o.public_methods.include?(:inspect), o.respond_to?(:display), o.class.name
def o.greet = "hi"
p o.singleton_methods, o.singleton_class.instance_methods(false), o.greet
p o.instance_variable_set(:@z, 1), o.instance_variables, o.extend(Comparable).is_a?(Comparable)
p 5.instance_of?(Integer), 5.class.ancestors.include?(Kernel), Object.new.methods.size > 40
