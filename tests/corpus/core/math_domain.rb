[-> { Math.sqrt(-1) }, -> { Math.log(-1) }, -> { Math.acos(2) }, -> { Math.log2(-0.5) }, -> { Math.atanh(2) }].each do |l|
  l.call
rescue Math::DomainError => e
  p e.message
end
p Math::DomainError.ancestors.take(3)
