s = "héllo wörld"
t = :ünïcode
