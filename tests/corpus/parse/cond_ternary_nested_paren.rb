label = a ? (b ? "ab" : "a") : (c ? "c" : "none")
