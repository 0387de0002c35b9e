p Float::EPSILON, Float::MAX, Float::MIN, Float::DIG, Float::MANT_DIG, Float::RADIX
p Float::MAX_EXP, Float::MIN_EXP, Float::MAX_10_EXP, Float::MIN_10_EXP
p 1.0 + Float::EPSILON > 1.0, 1.0 + Float::EPSILON / 2 == 1.0
p Float::MAX * 2, -Float::MAX * 2, Float::MIN / 2 > 0
