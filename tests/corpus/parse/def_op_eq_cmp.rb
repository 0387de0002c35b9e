def ==(o)
  o.is_a?(self.class) && o.v == v
end
def <=>(o)
  v <=> o.v
end
