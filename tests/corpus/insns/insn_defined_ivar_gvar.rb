@iv = 1
p defined?(@iv), defined?(@zz), defined?($stdout), defined?(String)
