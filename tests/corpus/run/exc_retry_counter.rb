def fetch_with_retry(limit)
  attempts = 0
  begin
    attempts += 1
    raise IOError, "try #{attempts}" if attempts <= limit
    "ok after #{attempts}"
  rescue IOError => e
    puts "failed: #{e.message}"
    retry if attempts < 3
    "gave up"
  end
end
puts fetch_with_retry(1)
puts fetch_with_retry(5)
