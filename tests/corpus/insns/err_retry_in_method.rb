def m
  retry
end
