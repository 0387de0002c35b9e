case x
when 1
  "one"
when 2, 3
  "two or three"
else
  "other"
end
