case { name: "a", age: 3 }
in { name: String => n, age: } then p [n, age]
else p :no
end
