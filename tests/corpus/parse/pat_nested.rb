case data
in {users: [{name:}, *]}
  name
in {items: [Integer => n, *] => items}
  items
end
