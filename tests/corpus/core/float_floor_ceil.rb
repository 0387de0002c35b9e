p 3.7.floor, -3.7.floor, 3.2.ceil, -3.2.ceil, 3.7.truncate, -3.7.truncate, 3.7.to_i
p 3.14159.floor(2), 3.14159.ceil(2), -3.14159.floor(2), -3.14159.ceil(3), 1234.5.floor(-2), 1234.5.ceil(-2)
p 0.1.floor(20), 1.1.ceil(1), 2.0.floor, 2.0.ceil(1)
p 1e300.floor.to_s.size, -0.5.ceil, -0.0.floor
