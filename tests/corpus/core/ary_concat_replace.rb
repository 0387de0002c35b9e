a = [1, 2]
p a.concat([3], [4, 5]), a, a.concat, a.replace([9]), a, a + [] == a, a.push, a.unshift
b = [1]
b += [2]
b -= [1]
b *= 3
p b, b | [], [[1, 2], [3]].sum([]), [1, 2].concat([[3]])
