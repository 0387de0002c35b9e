factor = 2
[1, 2].map { |n| n * factor }
