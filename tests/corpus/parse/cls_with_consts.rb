class Limits
  MAX = 10
  MIN = -MAX
  RANGE = (MIN..MAX)
end
