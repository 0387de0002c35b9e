expected = 5
case value
in ^expected
  :match
end
