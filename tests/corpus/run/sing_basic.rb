str = "plain"
def str.shout = upcase + "!"
p str.shout
p str.singleton_methods
other = "plain"
p other.respond_to?(:shout)
p str.singleton_class.instance_methods(false)
p str.singleton_class.superclass
