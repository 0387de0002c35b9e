p Integer.sqrt(0), Integer.sqrt(1), Integer.sqrt(24), Integer.sqrt(25), Integer.sqrt(26)
p Integer.sqrt(10**40), Integer.sqrt(2**101), Integer.sqrt(10**40 - 1)
begin
  Integer.sqrt(-1)
rescue Math::DomainError => e
  p e.message
end
p Math.sqrt(16), Math.sqrt(2), Math.sqrt(10**40)
