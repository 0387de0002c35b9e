while i < 10
  i += 1
end
until done
  work
end
