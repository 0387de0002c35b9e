msg = "Hello, " \
  "#{user.name}! You have #{count} " 'new' " message#{count == 1 ? "" : "s"}."
