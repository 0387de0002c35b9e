lines.each do |l|
  print l if (l =~ /BEGIN/)..(l =~ /END/)
end
