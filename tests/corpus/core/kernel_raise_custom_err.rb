class ValidationError < StandardError; end
def check(v)
  raise ValidationError, "value #{v} is invalid" if v < 0
  v
end
p check(1)
check(-5)
