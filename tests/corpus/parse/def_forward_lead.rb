def method_missing(name, ...)
  @obj.send(name, ...)
end
