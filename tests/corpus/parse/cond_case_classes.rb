case obj
when String, Symbol
  obj.to_s
when Integer
  obj.succ
when nil
  "nil"
end
