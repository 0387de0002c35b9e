for i in 1..2
  i -1
  i [0]
end
i /2
