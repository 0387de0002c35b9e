begin
  retry_count += 1
end until retry_count > 3 or ok
