unless list.empty?
  list.first
else
  nil
end
