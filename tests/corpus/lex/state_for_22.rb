for a in b do end
for x in [1, 2]
  p x
end
for k, v in h do p k, v end
