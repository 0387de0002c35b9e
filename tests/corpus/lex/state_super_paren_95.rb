super (1)
super(1) {}
super {}
