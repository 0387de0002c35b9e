begin
  risky
rescue ArgumentError, TypeError => e
  handle e
rescue
  other
else
  fine
ensure
  cleanup
end
