double = ->(x) { x * 2 }
inc = ->(x) { x + 1 }
p (double >> inc).call(5)
p (double << inc).call(5)
up = :upcase.to_proc
ex = ->(s) { s + "!" }
p (up >> ex).call("hi")
m = 10.method(:+)
p (m >> double).call(1)
