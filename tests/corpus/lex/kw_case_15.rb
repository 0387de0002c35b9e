case x
when Integer, Float
  :num
when String then :str
else
  :other
end
