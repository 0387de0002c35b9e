x = 1
a = %Q(double #{x})
b = %Q[b #{x}]
c = %Q{c}
d = %Q/slash #{x}/
