3.times do |i|
  begin
    attempt(i)
  rescue Timeout::Error, IOError => e
    retry if (tries += 1) < 2
  ensure
    tries = 0
  end
end
