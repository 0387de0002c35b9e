a = "hello"
b = ""
c = "say \"hi\""
d = "tab\there"
