a = "double"
b = "tab\there\n"
c = "quote \" inside"
