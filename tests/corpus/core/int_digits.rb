p 12345.digits, 0.digits, 255.digits(16), 10.digits(2), (10**20).digits(1000)
begin
  -5.digits
rescue Math::DomainError => e
  p e.message
end
begin
  5.digits(1)
rescue ArgumentError => e
  p e.message
end
p 1234.digits.sum, 2**64.digits.size rescue p $!
