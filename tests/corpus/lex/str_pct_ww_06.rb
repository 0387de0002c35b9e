x = "z"
a = %W(one #{x} three)
b = %W[a#{x}b c]
c = %W(tab\tsep new\nline)
