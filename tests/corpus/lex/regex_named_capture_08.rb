if /(?<year>\d+)-(?<mon>\d+)/ =~ date
  p year, mon
end
