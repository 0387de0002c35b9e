[1, 2].map { |x| x + }
puts :ok
[3].each { |y| puts y; ) }
