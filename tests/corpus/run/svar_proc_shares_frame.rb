def runner
  pr = proc { "in proc" =~ /proc/ }
  pr.call
  a = $&
  la = lambda { "in lambda" =~ /lambda/ }
  la.call
  [a, $&]
end
p runner
