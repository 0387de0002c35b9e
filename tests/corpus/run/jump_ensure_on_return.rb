def guarded(flag)
  puts "start"
  return :early if flag
  puts "middle"
  :late
ensure
  puts "ensure ran"
end
p guarded(true)
p guarded(false)
def overriding
  return 1
ensure
  puts "cleanup"
end
p overriding
