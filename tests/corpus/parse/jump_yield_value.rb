def wrap
  r = yield(self)
  r * 2
end
