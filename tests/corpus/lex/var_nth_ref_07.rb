if "2024-01" =~ /(\d+)-(\d+)/
  year = $1.to_i
  month = $2
  p $10, $99
end
