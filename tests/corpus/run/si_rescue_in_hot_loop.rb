# exceptions raised inside compiled loops reach the right rescue, with the right line
def risky(i)
  raise ArgumentError, "bad #{i}" if i % 3 == 2
  i * 2
end
out = []
i = 0
while i < 12
  begin
    out << risky(i)
  rescue ArgumentError => e
    out << e.message
  ensure
    out << :e if i == 11
  end
  i += 1
end
p out
def divide(a, b) = a / b
r = (1..10).map { |x| divide(100, x) }
p r
begin
  divide(1, 0)
rescue ZeroDivisionError => e
  p e.message, e.backtrace[0]
end
x = 0
begin
  x += 1
  raise "again" if x < 5
rescue
  retry
end
p x
