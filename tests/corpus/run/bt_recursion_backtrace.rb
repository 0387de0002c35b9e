def countdown(n)
  raise "reached zero" if n.zero?
  countdown(n - 1)
end

def start = countdown(6)

start
