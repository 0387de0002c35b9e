r = []
p [1, 2, 3].zip([4, 5, 6]) { |a, b| r << a + b }, r
p [1, 2].zip([3, 4], [5, 6]).map(&:sum), %w[a b c].zip(1..3).map(&:join), [1, 2, 3].zip.flatten, [].zip([1], [2])
p [1, 2].each_with_index.zip([:a, :b]) rescue p $!.class
