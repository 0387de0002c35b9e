t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
r = sleep(0.01)
el = Process.clock_gettime(Process::CLOCK_MONOTONIC) - t0
p r.is_a?(Integer), el >= 0.005
t1 = Time.now
t2 = Time.now
p (t2 - t1).is_a?(Float), t2 >= t1
