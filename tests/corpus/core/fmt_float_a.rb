p format("%a", 1.0), format("%a", 0.5), format("%A", 255.0), format("%a", -3.75)
p format("%a", 0.1), format("%a", 0.0), format("%.2a", 1.0), format("%a", 1e-320)
p format("%10a|", 1.0), format("%-10a|", 2.0), format("%+a", 1.0)
