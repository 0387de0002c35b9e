def m
  self.class
  obj.class::CONST
  x.class.name
end
