café = 1
δ = café + 2
名前 = "x"
puts δ, 名前
