def stored? options = {} # :nodoc:
  options.empty?
end
def initialize anchor = nil, tag = nil
  super()
end
def comment= comment # :nodoc:
  comment
end
