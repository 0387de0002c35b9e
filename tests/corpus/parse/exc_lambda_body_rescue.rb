f = -> do
  risky
rescue => e
  e
end
