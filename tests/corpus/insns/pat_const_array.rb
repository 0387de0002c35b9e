case [1, "a"]
in Array[Integer, String] then p :typed
else p :no
end
