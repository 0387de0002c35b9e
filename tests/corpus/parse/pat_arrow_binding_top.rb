{name: "a", n: 1} => {name: String => nm}
