foo() {}
foo.bar {}
foo[{}]
x = 1
x {} rescue nil
-> {}
