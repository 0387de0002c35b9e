def hello(name) = puts("Hi #{name}")
