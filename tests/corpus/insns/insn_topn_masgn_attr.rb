S3 = Struct.new(:a, :b)
o = S3.new
o.a, o.b = 1, 2
p o
