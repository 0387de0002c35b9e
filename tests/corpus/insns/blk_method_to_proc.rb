p [1, 4, 9].map(&Math.method(:sqrt))
