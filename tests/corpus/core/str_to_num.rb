p "42".to_i, "-42abc".to_i, "  42  ".to_i, "0x1F".to_i, "0x1F".to_i(16), "1F".to_i(16), "z".to_i(36), "0b101".to_i(0), "0o17".to_i(0), "017".to_i(0)
p "101".to_i(2), "12".to_i(2), "1_000".to_i, "1__0".to_i, "".to_i, "-".to_i, "+5".to_i
p "3.14".to_f, "3.14abc".to_f, "1e5".to_f, "abc".to_f, "-0.5".to_f, ".5".to_f, "5.".to_f
p "1/3".to_r, "0.75".to_r, "1+2i".to_c, "3i".to_c, "x".to_c, "abc".to_sym, "with space".to_sym, "".to_sym
p "12".to_i.class, ("9" * 30).to_i
begin
  "1".to_i(99)
rescue ArgumentError => e
  p e.message
end
