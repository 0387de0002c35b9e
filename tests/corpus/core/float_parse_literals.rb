p 1_000.5, 1e1_0, 0.000_001, 3.0e-0
p "1.5".to_f + "2.25".to_f, Float("1_0.5"), "1e400".to_f, "-1e400".to_f
p "0x1A".to_f, "1e".to_f, "+.5".to_f, "..5".to_f
p 1.0.to_s.frozen?, 1e-9.to_s
