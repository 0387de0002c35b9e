class A; end
class B < A; end
p B.singleton_class
p B.singleton_class.superclass
p A.singleton_class.superclass
p BasicObject.singleton_class.superclass
p B.singleton_class.singleton_class
p A.singleton_class.ancestors.take(3)
p B.singleton_class.instance_of?(Class)
p B.singleton_class?
p B.singleton_class.singleton_class?
