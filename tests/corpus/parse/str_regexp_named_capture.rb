/(?<year>\d+)-(?<mon>\d+)/ =~ date
puts year, mon
