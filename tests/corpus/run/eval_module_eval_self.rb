module Tools; end
r = Tools.module_eval { self }
p r
def_in_block = Tools.module_eval do
  def hammer = :bang
  instance_method(:hammer).owner
end
p def_in_block
s = "abc"
p s.instance_eval { size }
p Tools.class_eval { Module.nesting }
