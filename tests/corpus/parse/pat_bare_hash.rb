case h
in name:, age: Integer
  name
end
