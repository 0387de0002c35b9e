if /\d/ =~ "a1"
  p $~.pre_match
end
