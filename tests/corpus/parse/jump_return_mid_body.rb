def check(x)
  return :none if x.nil?
  unless x.valid?
    return false, x.errors
  end
  log x
  return x.id
end
