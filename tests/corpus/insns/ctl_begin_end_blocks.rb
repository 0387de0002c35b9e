BEGIN { p :start }
p :middle
END { p :finish }
