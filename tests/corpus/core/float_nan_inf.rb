nan = Float::NAN
inf = Float::INFINITY
p nan, inf, -inf, nan.nan?, inf.infinite?, (-inf).infinite?, 1.0.infinite?, inf.finite?
p nan == nan, nan.equal?(nan), nan <=> 1.0, nan > 1, nan < 1, [nan].include?(nan)
p inf > 10**400, inf - inf, inf * 0, 0.0 / 0.0, inf / inf, 1 / inf, -1 / inf
p inf.to_s, nan.to_s, (-inf).inspect
begin
  inf.to_i
rescue FloatDomainError => e
  p e.message
end
begin
  nan.round
rescue FloatDomainError => e
  p e.message
end
p [1.0, inf, -inf].max, [3.0, -inf].min, inf.floor(2) rescue p $!
