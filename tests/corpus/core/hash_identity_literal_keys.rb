# opt_aref_with / opt_aset_with on a compare_by_identity Hash: the literal key is a new String
i = {}.compare_by_identity
i["a"] = 1
p i["a"], i.size, i.keys, i.keys[0].frozen?
k = "b"
i[k] = 2
p i[k], i["b"]
n = {}
n["a"] = 1
p n["a"], n.keys[0].frozen?
class Hash
  def [](k) = "redefined #{k}"
end
p n["a"]
