a = :"a#{"b#{1}"}"
b = %s(sym bol)
c = :"\u00e9"
