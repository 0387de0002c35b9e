p(*a)
p *a
p **h
p(**h)
p(&b)
