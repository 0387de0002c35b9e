def pr_ret
  [1].each { |x| return x + 1 }
  :never
end
p pr_ret
