[1, 2].map { _1 * 2 }
[[1, 2]].map { _1 + _2 }
[3].each { p _1 -1 }
[4].each { _1 [0] rescue nil }
