super.foo
super().bar(1)
