def run
  step
rescue => e
  handle e
else
  ok
ensure
  cleanup
end
