h = {list: [1, {deep: [nil, true]}], str: "q\"uote", sym: :"a b", float: 1.0e-5, big: 10**20, rat: 1/3r, cplx: 1+1i}
p h
puts h
pp h
p({1=>{2=>{3=>{}}}}, {[] => [], {} => {}})
