p "1+2i".to_c, "3.5-1.5i".to_c, "i".to_c, "-2i".to_c, "1e2+3i".to_c, "junk".to_c, "2/3+1/2i".to_c
p "3/4".to_r, "1.25".to_r, "-0.5".to_r, "1e-2".to_r, " 7 ".to_r
p(("1/0".to_r rescue $!.message))
