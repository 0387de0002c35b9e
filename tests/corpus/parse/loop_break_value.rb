r = while true
  break 42
end
