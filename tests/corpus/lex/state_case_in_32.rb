result = config in {db: {user:}}
config => {port:}
p user, port
