p (1.0..2.5).include?(2.0)
