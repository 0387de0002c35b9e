p 1e15.to_i, 1e16.to_i, 0.9999999999999999.to_i
p 1e19.to_i, 1e22.to_i, 1.23e25.to_i, -9.87e30.to_i, 2.0**100 == 2**100, (2.0**100).to_i == 2**100, 1.0e300.to_i.to_s.size
p 123.999.floor, 123.001.ceil, 1e20.round(-19), 1.5e10.round(-10), 1234.5.round(-1).class
