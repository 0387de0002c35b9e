s = "abc"
p(/b/ =~ s)
