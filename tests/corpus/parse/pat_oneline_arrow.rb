config => {db: {user:}}
puts user
