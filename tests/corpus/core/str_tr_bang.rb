s = +"hello"
p s.tr!("l", "L"), s, s.tr!("z", "y"), s
p s.delete!("L"), s, s.delete!("q")
p s.squeeze!, "aab".dup.squeeze!, s.tr_s!("o", "0"), s
