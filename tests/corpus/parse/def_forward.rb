def delegate(...)
  target(...)
end
