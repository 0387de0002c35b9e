t = Process.clock_gettime(Process::CLOCK_MONOTONIC)
p t.is_a?(Float)
t2 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
p t2 >= t
p Process.clock_gettime(Process::CLOCK_MONOTONIC, :millisecond).is_a?(Integer)
p Process.clock_gettime(Process::CLOCK_REALTIME).is_a?(Float), Process.pid.is_a?(Integer)
