x = 2
a = %(bare #{x})
b = %[also]
c = %{braces}
d = %<angle>
