class Money
  include Comparable
  attr_reader :c
  def initialize(c) = @c = c
  def <=>(o) = o.is_a?(Money) ? c <=> o.c : nil
  def coerce(n) = [Money.new(n), self]
  def +(o) = Money.new(c + (o.is_a?(Money) ? o.c : o))
  def inspect = "$#{c}"
end
p [Money.new(3), Money.new(1)].sort, Money.new(2).between?(Money.new(1), Money.new(3)), Money.new(5).clamp(Money.new(1), Money.new(3))
p (Money.new(1) < 3 rescue $!.message), Money.new(1) == Money.new(1), Money.new(1).eql?(Money.new(1))
p (5 + Money.new(1) rescue $!.message), (5 < Money.new(1) rescue $!.message)
p ObjectSpace.each_object(Module).include?(Comparable), ObjectSpace.each_object(Class).include?(Money)
p Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID).class, Process.clock_gettime(Process::CLOCK_MONOTONIC, :nanosecond).class
p (Process.clock_gettime(99) rescue $!.class)
t = Time.at(1_000_000_000.123456789r).utc
p t, t.inspect, t.to_s, t.usec, t.nsec, t.round(3), t.floor(1) rescue p $!
p Time.utc(2000, 1, 1, 0, 0, 0).strftime("%a %A %b %B %c %d %e %H %I %j %k %l %m %M %p %S %U %w %W %y %Y %Z %%")
p (Time.utc(2000, 13) rescue $!.message), Time.utc(1969, 12, 31, 23, 59, 59).to_i, Time.at(-1).utc.year
p 3.14.rationalize(0.01r), 0.333.rationalize(1/100r), 1.5.to_r, 0.1.to_r, 3.7 % 1, -3.7.truncate, 3.7.divmod(1.2)
p 1.0 / 3 * 3 == 1.0, 0.1 * 3, 1.1 + 2.2, 100.0.to_i, 1e100.to_i, (Float::INFINITY.to_i rescue $!.message)
p 12345678912345.678.round(-3), 0.5.round, 1.5.round, -0.5.round, 0.5.floor, -0.5.ceil, (-0.5).ceil.class
