if /(?<yr>\d+)-(?<mo>\d+)/ =~ "2020-05"
  p yr, mo
end
