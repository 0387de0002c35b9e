if (m = "ab".match(/b/))
  p m[0]
end
