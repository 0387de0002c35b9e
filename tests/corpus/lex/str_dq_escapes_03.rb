oct = "\101\102\7\12"
hex = "\x41\x4a\xf"
uni = "\u00e9\u0041"
