if line =~ /^#/
  skip
end
