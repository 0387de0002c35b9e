p 7.ceildiv(2) rescue p :no_ceildiv
p -(-7 / 2), (7 + 2 - 1) / 2
p 7.floor, 7.5.floor, -7.5.floor, -7.5.ceil, 7.5.ceil, -7.5.truncate, 7.4999.round
p 7.div(-2), 7.0.div(2), -7.0.div(2), 7.0.modulo(-2)
