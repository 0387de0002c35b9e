# The core methods that yield, written in Ruby (as Rubinius and CRuby's <internal:...> do),
# so a stepper can walk into them. Compiled once to prelude.json (see gen.py).
class Integer
  def times
    return to_enum(:times) unless block_given?
    i = 0
    while i < self
      yield i
      i += 1
    end
    self
  end

  def upto(n)
    i = self
    while i <= n
      yield i
      i += 1
    end
    self
  end

  def downto(n)
    i = self
    while i >= n
      yield i
      i -= 1
    end
    self
  end

  def step(limit, step = 1)
    i = self
    if step > 0
      while i <= limit
        yield i
        i += step
      end
    else
      while i >= limit
        yield i
        i += step
      end
    end
    self
  end
end

class Array
  def each
    return to_enum(:each) unless block_given?
    i = 0
    while i < size
      yield self[i]
      i += 1
    end
    self
  end

  def each_index
    i = 0
    while i < size
      yield i
      i += 1
    end
    self
  end

  def reverse_each
    i = size - 1
    while i >= 0
      yield self[i]
      i -= 1
    end
    self
  end

  def map
    return to_enum(:map) unless block_given?
    out = []
    i = 0
    while i < size
      out << yield(self[i])
      i += 1
    end
    out
  end

  def collect(&b)
    map(&b)
  end

  def map!
    i = 0
    while i < size
      self[i] = yield(self[i])
      i += 1
    end
    self
  end

  def select
    out = []
    each { |x| out << x if yield(x) }
    out
  end

  def filter(&b)
    select(&b)
  end

  def reject
    out = []
    each { |x| out << x unless yield(x) }
    out
  end

  def select!
    keep = select { |x| yield x }
    replace(keep)
  end

  def reject!
    n = size
    keep = reject { |x| yield x }
    replace(keep)
    n == size ? nil : self
  end

  def delete_if(&b)
    reject!(&b)
    self
  end

  def keep_if(&b)
    select!(&b)
    self
  end

  def sort_by
    map { |x| [yield(x), x] }.sort { |a, b| a[0] <=> b[0] }.map { |p| p[1] }
  end

  def sort_by!(&b)
    replace(sort_by(&b))
  end

  def min_by
    each_with_index.to_a == [] if false
    best = nil
    bv = nil
    each do |x|
      v = yield(x)
      if bv.nil? || (v <=> bv) < 0
        best = x
        bv = v
      end
    end
    best
  end

  def max_by
    best = nil
    bv = nil
    each do |x|
      v = yield(x)
      if bv.nil? || (v <=> bv) > 0
        best = x
        bv = v
      end
    end
    best
  end
end

module Enumerable
  def map
    out = []
    each { |*x| out << yield(*x) }
    out
  end

  def collect(&b)
    map(&b)
  end

  def flat_map
    out = []
    each do |*x|
      r = yield(*x)
      if r.is_a?(Array)
        out.concat(r)
      else
        out << r
      end
    end
    out
  end

  def each_with_index
    return to_enum(:each_with_index) unless block_given?
    i = 0
    each do |*x|
      yield(x.size == 1 ? x[0] : x, i)
      i += 1
    end
    self
  end

  def each_with_object(memo)
    each { |*x| yield(x.size == 1 ? x[0] : x, memo) }
    memo
  end

  def with_index(offset = 0)
    i = offset
    out = []
    each do |*x|
      out << yield(x.size == 1 ? x[0] : x, i)
      i += 1
    end
    out
  end

  def select
    out = []
    each { |*x| v = x.size == 1 ? x[0] : x; out << v if yield(*x) }
    out
  end

  def filter(&b)
    select(&b)
  end

  def filter_map
    out = []
    each do |*x|
      r = yield(*x)
      out << r if r
    end
    out
  end

  def reject
    out = []
    each { |*x| v = x.size == 1 ? x[0] : x; out << v unless yield(*x) }
    out
  end

  def find
    each do |*x|
      v = x.size == 1 ? x[0] : x
      return v if yield(*x)
    end
    nil
  end

  def detect(&b)
    find(&b)
  end

  def find_index(*args)
    i = 0
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if args.empty? ? yield(*x) : v == args[0]
        return i
      end
      i += 1
    end
    nil
  end

  def all?(*pat)
    each do |*x|
      v = x.size == 1 ? x[0] : x
      ok = if !pat.empty? then pat[0] === v elsif block_given? then yield(*x) else v end
      return false unless ok
    end
    true
  end

  def any?(*pat)
    each do |*x|
      v = x.size == 1 ? x[0] : x
      ok = if !pat.empty? then pat[0] === v elsif block_given? then yield(*x) else v end
      return true if ok
    end
    false
  end

  def none?(*pat)
    each do |*x|
      v = x.size == 1 ? x[0] : x
      ok = if !pat.empty? then pat[0] === v elsif block_given? then yield(*x) else v end
      return false if ok
    end
    true
  end

  def count(*args)
    n = 0
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if args.empty?
        n += 1 if !block_given? || yield(*x)
      else
        n += 1 if v == args[0]
      end
    end
    n
  end

  def inject(*args)
    if args.size == 2
      acc = args[0]
      op = args[1]
      each { |x| acc = acc.__send__(op, x) }
      return acc
    end
    if args.size == 1 && !block_given?
      op = args[0]
      first = true
      acc = nil
      each do |x|
        if first
          acc = x
          first = false
        else
          acc = acc.__send__(op, x)
        end
      end
      return acc
    end
    first = args.empty?
    acc = args[0]
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if first
        acc = v
        first = false
      else
        acc = yield(acc, v)
      end
    end
    acc
  end

  def reduce(*args, &b)
    inject(*args, &b)
  end

  def sum(init = 0)
    acc = init
    each do |*x|
      v = x.size == 1 ? x[0] : x
      acc += block_given? ? yield(*x) : v
    end
    acc
  end

  def to_a
    out = []
    each { |*x| out << (x.size == 1 ? x[0] : x) }
    out
  end

  def entries
    to_a
  end

  def sort(&b)
    to_a.sort(&b)
  end

  def sort_by(&b)
    to_a.sort_by(&b)
  end

  def min(*a, &b)
    to_a.min(*a, &b)
  end

  def max(*a, &b)
    to_a.max(*a, &b)
  end

  def min_by(&b)
    to_a.min_by(&b)
  end

  def max_by(&b)
    to_a.max_by(&b)
  end

  def minmax
    a = to_a.sort
    [a.first, a.last]
  end

  def include?(v)
    each { |*x| return true if (x.size == 1 ? x[0] : x) == v }
    false
  end

  def member?(v)
    include?(v)
  end

  def first(*n)
    if n.empty?
      each { |*x| return x.size == 1 ? x[0] : x }
      nil
    else
      out = []
      return out if n[0] == 0
      each do |*x|
        out << (x.size == 1 ? x[0] : x)
        return out if out.size == n[0]
      end
      out
    end
  end

  def take(n)
    first(n)
  end

  def take_while
    out = []
    each do |*x|
      v = x.size == 1 ? x[0] : x
      return out unless yield(*x)
      out << v
    end
    out
  end

  def drop_while
    out = []
    dropping = true
    each do |*x|
      v = x.size == 1 ? x[0] : x
      dropping = false if dropping && !yield(*x)
      out << v unless dropping
    end
    out
  end

  def group_by
    h = {}
    each do |*x|
      v = x.size == 1 ? x[0] : x
      k = yield(*x)
      (h[k] ||= []) << v
    end
    h
  end

  def partition
    a = []
    b = []
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if yield(*x)
        a << v
      else
        b << v
      end
    end
    [a, b]
  end

  def tally
    h = {}
    each do |*x|
      v = x.size == 1 ? x[0] : x
      h[v] = (h[v] || 0) + 1
    end
    h
  end

  def each_slice(n)
    buf = []
    out = []
    each do |*x|
      buf << (x.size == 1 ? x[0] : x)
      if buf.size == n
        if block_given? then yield(buf) else out << buf end
        buf = []
      end
    end
    unless buf.empty?
      if block_given? then yield(buf) else out << buf end
    end
    block_given? ? self : out
  end

  def each_cons(n)
    buf = []
    out = []
    each do |*x|
      buf << (x.size == 1 ? x[0] : x)
      buf.shift if buf.size > n
      if buf.size == n
        if block_given? then yield(buf.dup) else out << buf.dup end
      end
    end
    block_given? ? self : out
  end

  def zip(*others)
    out = []
    i = 0
    each do |*x|
      v = x.size == 1 ? x[0] : x
      out << [v] + others.map { |o| o.to_a[i] }
      i += 1
    end
    out
  end

  def uniq(&b)
    to_a.uniq(&b)
  end

  def to_h(&b)
    to_a.to_h(&b)
  end

  def to_set
    to_a.uniq
  end

  def chunk_while
    out = []
    cur = nil
    prev = nil
    each do |x|
      if cur.nil?
        cur = [x]
      elsif yield(prev, x)
        cur << x
      else
        out << cur
        cur = [x]
      end
      prev = x
    end
    out << cur if cur
    out
  end

  def lazy
    self
  end

  def cycle(n = nil)
    if n
      n.times { each { |*x| yield(*x) } }
    else
      loop { each { |*x| yield(*x) } }
    end
  end
end

class Array
  def each_with_index
    return to_enum(:each_with_index) unless block_given?
    i = 0
    while i < size
      yield self[i], i
      i += 1
    end
    self
  end

  def zip(*others)
    out = []
    i = 0
    while i < size
      out << [self[i]] + others.map { |o| o[i] }
      i += 1
    end
    out
  end

  def cycle(n = nil)
    if n
      n.times { each { |x| yield x } }
    else
      loop { each { |x| yield x } }
    end
    nil
  end

  def combination(n)
    out = []
    if n == 0
      out << []
    elsif n <= size
      each_with_index do |x, i|
        self[(i + 1)..-1].combination(n - 1).each { |c| out << [x] + c }
      end
    end
    return out unless block_given?
    out.each { |c| yield c }
    self
  end

  def each_slice(n, &b)
    super
  end
end

class Hash
  def each
    return to_enum(:each) unless block_given?
    ks = keys
    i = 0
    while i < ks.size
      k = ks[i]
      yield [k, self[k]]
      i += 1
    end
    self
  end

  def each_pair(&b)
    each(&b)
  end

  def each_key
    keys.each { |k| yield k }
    self
  end

  def each_value
    values.each { |v| yield v }
    self
  end

  def map
    out = []
    each { |k, v| out << yield(k, v) }
    out
  end

  def select
    h = {}
    each { |k, v| h[k] = v if yield(k, v) }
    h
  end

  def filter(&b)
    select(&b)
  end

  def reject
    h = {}
    each { |k, v| h[k] = v unless yield(k, v) }
    h
  end

  def filter_map
    out = []
    each do |k, v|
      r = yield(k, v)
      out << r if r
    end
    out
  end

  def transform_values
    h = {}
    each { |k, v| h[k] = yield(v) }
    h
  end

  def transform_keys
    h = {}
    each { |k, v| h[yield(k)] = v }
    h
  end

  def delete_if
    each { |k, v| delete(k) if yield(k, v) }
    self
  end

  def count(*a)
    return size if a.empty? && !block_given?
    n = 0
    each { |k, v| n += 1 if yield(k, v) }
    n
  end

  def any?
    return !empty? unless block_given?
    each { |k, v| return true if yield(k, v) }
    false
  end

  def all?
    each { |k, v| return false unless yield(k, v) }
    true
  end

  def find
    each { |k, v| return [k, v] if yield(k, v) }
    nil
  end

  def sort_by
    to_a.sort_by { |kv| yield(kv[0], kv[1]) }
  end

  def min_by
    to_a.min_by { |kv| yield(kv[0], kv[1]) }
  end

  def max_by
    to_a.max_by { |kv| yield(kv[0], kv[1]) }
  end

  def sum(init = 0)
    acc = init
    each { |k, v| acc += yield(k, v) }
    acc
  end

  def group_by
    h = {}
    each { |k, v| (h[yield(k, v)] ||= []) << [k, v] }
    h
  end

  def partition
    a = []
    b = []
    each { |k, v| (yield(k, v) ? a : b) << [k, v] }
    [a, b]
  end

  def each_with_object(memo)
    each { |k, v| yield([k, v], memo) }
    memo
  end

  def to_h
    return self unless block_given?
    h = {}
    each do |k, v|
      pair = yield(k, v)
      h[pair[0]] = pair[1]
    end
    h
  end
end

class Range
  def each
    return to_enum(:each) unless block_given?
    i = self.begin
    last = self.end
    if i.is_a?(Integer)
      if last.nil?
        while true
          yield i
          i += 1
        end
      end
      if exclude_end?
        while i < last
          yield i
          i += 1
        end
      else
        while i <= last
          yield i
          i += 1
        end
      end
    else
      while (c = (i <=> last)) && (exclude_end? ? c < 0 : c <= 0)
        yield i
        i = i.succ
      end
    end
    self
  end

  def step(n)
    i = self.begin
    while exclude_end? ? i < self.end : i <= self.end
      yield i
      i += n
    end
    self
  end

  def to_a
    out = []
    each { |x| out << x }
    out
  end

  def to_ary
    to_a
  end

  def sum(init = 0)
    if !block_given? && self.begin.is_a?(Integer) && self.end.is_a?(Integer)
      last = exclude_end? ? self.end - 1 : self.end
      return init if last < self.begin
      return init + (self.begin + last) * (last - self.begin + 1) / 2
    end
    super
  end
end

module Kernel
  def loop
    return to_enum(:loop) unless block_given?
    begin
      while true
        yield
      end
    rescue StopIteration => e
      e.result
    end
  end

  def tap
    yield self
    self
  end

  def then
    yield self
  end

  def yield_self
    yield self
  end

  def to_enum(meth = :each, *args)
    Enumerator.new(self, meth, args)
  end

  def enum_for(meth = :each, *args)
    Enumerator.new(self, meth, args)
  end
end

class Enumerator
  include Enumerable

  def initialize(obj = nil, meth = :each, args = [], &blk)
    @obj = obj
    @meth = meth
    @args = args
    @gen = blk
  end

  def each(&b)
    return self unless b
    if @gen
      y = Enumerator::Yielder.new(b)
      @gen.call(y)
    else
      @obj.__send__(@meth, *@args, &b)
    end
  end

  def with_index(offset = 0)
    i = offset - 1
    each { |*x| i += 1; yield(x.size == 1 ? x[0] : x, i) }
  end

  def with_object(memo)
    each { |*x| yield(x.size == 1 ? x[0] : x, memo) }
    memo
  end

  def next
    @buffer ||= to_a
    @pos ||= 0
    raise StopIteration, "iteration reached an end" if @pos >= @buffer.size
    v = @buffer[@pos]
    @pos += 1
    v
  end

  def peek
    @buffer ||= to_a
    @pos ||= 0
    raise StopIteration, "iteration reached an end" if @pos >= @buffer.size
    @buffer[@pos]
  end

  def rewind
    @pos = 0
    self
  end

  def size
    nil
  end

  def inspect
    "#<Enumerator: #{@obj.inspect}:#{@meth}>"
  end

  class Yielder
    def initialize(b)
      @b = b
    end

    def <<(x)
      @b.call(x)
      self
    end

    def yield(*x)
      @b.call(*x)
    end

    def call(*x)
      @b.call(*x)
    end
  end
end
