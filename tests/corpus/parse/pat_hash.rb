case config
in {name: String => name, age: Integer => age}
  "#{name} #{age}"
in {name:}
  name
end
