module Ca
  V = 1
end
Ca::V &&= 2
p Ca::V
