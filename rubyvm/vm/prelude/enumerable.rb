# Enumerable (cf. enum.c), written in Ruby over #each. A value yielded as several values is
# packed into an Array where one value is wanted (rb_enum_values_pack: none -> nil, one -> it,
# many -> an Array); methods that hand the element on to their own block yield the values
# as they came (`yield(*x)`), so |k, v| and |pair| both see what CRuby shows.
module Enumerable
  def each_entry(*args)
    return enum_for(:each_entry, *args) { __enum_size } unless block_given?
    each(*args) { |*x| yield(x.size > 1 ? x : x[0]) }
    self
  end

  def to_a(*args)
    RubyVM::Primitive.to_a(self, *args)
  end

  def entries(*args)
    to_a(*args)
  end

  def map
    return enum_for(:map) { __enum_size } unless block_given?
    out = []
    each { |*x| out << yield(*x) }
    out
  end

  def collect(&b)
    return enum_for(:collect) { __enum_size } unless b
    map(&b)
  end

  def flat_map
    return enum_for(:flat_map) { __enum_size } unless block_given?
    out = []
    each do |*x|
      r = yield(*x)
      if r.is_a?(Array)
        out.concat(r)
      elsif r.respond_to?(:to_ary) && (a = r.to_ary).is_a?(Array)
        out.concat(a)
      else
        out << r
      end
    end
    out
  end

  def collect_concat(&b)
    return enum_for(:collect_concat) { __enum_size } unless b
    flat_map(&b)
  end

  def each_with_index(*args)
    return enum_for(:each_with_index, *args) { __enum_size } unless block_given?
    i = 0
    each(*args) do |*x|
      yield(x.size > 1 ? x : x[0], i)
      i += 1
    end
    self
  end

  def each_with_object(memo)
    return enum_for(:each_with_object, memo) { __enum_size } unless block_given?
    each { |*x| yield(x.size > 1 ? x : x[0], memo) }
    memo
  end

  def select
    return enum_for(:select) { __enum_size } unless block_given?
    out = []
    each { |*x| out << (x.size > 1 ? x : x[0]) if yield(*x) }
    out
  end

  def filter(&b)
    return enum_for(:filter) { __enum_size } unless b
    select(&b)
  end

  def find_all(&b)
    return enum_for(:find_all) { __enum_size } unless b
    out = []
    each { |*x| out << (x.size > 1 ? x : x[0]) if b.call(*x) }
    out
  end

  def filter_map
    return enum_for(:filter_map) { __enum_size } unless block_given?
    out = []
    each do |*x|
      r = yield(*x)
      out << r if r
    end
    out
  end

  def reject
    return enum_for(:reject) { __enum_size } unless block_given?
    out = []
    each { |*x| out << (x.size > 1 ? x : x[0]) unless yield(*x) }
    out
  end

  def partition
    return enum_for(:partition) { __enum_size } unless block_given?
    a = []
    b = []
    each do |*x|
      v = x.size > 1 ? x : x[0]
      if yield(*x)
        a << v
      else
        b << v
      end
    end
    [a, b]
  end

  def group_by
    return enum_for(:group_by) { __enum_size } unless block_given?
    h = {}
    each do |*x|
      v = x.size > 1 ? x : x[0]
      k = yield(*x)
      a = h[k]
      if a
        a << v
      else
        h[k] = [v]
      end
    end
    h
  end

  def chunk(&b)
    return enum_for(:chunk) { nil } unless b
    src = self
    Enumerator.new do |y|
      cur = nil
      key = nil
      src.each do |*x|
        v = x.size > 1 ? x : x[0]
        k = b.call(v)
        if k.nil? || k == :_separator
          y << [key, cur] if cur
          cur = nil
          key = nil
        elsif k == :_alone
          y << [key, cur] if cur
          y << [:_alone, [v]]
          cur = nil
          key = nil
        elsif k.is_a?(Symbol) && k.to_s.start_with?("_")
          raise RuntimeError, "symbols beginning with an underscore are reserved"
        elsif cur && key == k
          cur << v
        else
          y << [key, cur] if cur
          cur = [v]
          key = k
        end
      end
      y << [key, cur] if cur
    end
  end

  def chunk_while(&b)
    src = self
    Enumerator.new do |y|
      cur = nil
      prev = nil
      src.each do |*x|
        v = x.size > 1 ? x : x[0]
        if cur.nil?
          cur = [v]
        elsif b.call(prev, v)
          cur << v
        else
          y << cur
          cur = [v]
        end
        prev = v
      end
      y << cur if cur
    end
  end

  def slice_when(&b)
    chunk_while { |a, c| !b.call(a, c) }
  end

  def slice_before(*pat, &b)
    src = self
    Enumerator.new do |y|
      cur = nil
      src.each do |*x|
        v = x.size > 1 ? x : x[0]
        start = pat.empty? ? b.call(v) : pat[0] === v
        if cur && start
          y << cur
          cur = [v]
        elsif cur
          cur << v
        else
          cur = [v]
        end
      end
      y << cur if cur
    end
  end

  def slice_after(*pat, &b)
    src = self
    Enumerator.new do |y|
      cur = nil
      src.each do |*x|
        v = x.size > 1 ? x : x[0]
        (cur ||= []) << v
        if pat.empty? ? b.call(v) : pat[0] === v
          y << cur
          cur = nil
        end
      end
      y << cur if cur
    end
  end

  def find(ifnone = nil)
    return enum_for(:find, ifnone) unless block_given?
    each do |*x|
      v = x.size > 1 ? x : x[0]
      return v if yield(*x)
    end
    ifnone ? ifnone.call : nil
  end

  def detect(ifnone = nil, &b)
    return enum_for(:detect, ifnone) unless b
    find(ifnone, &b)
  end

  def find_index(*args)
    return enum_for(:find_index) if args.empty? && !block_given?
    i = 0
    each do |*x|
      v = x.size > 1 ? x : x[0]
      return i if args.empty? ? yield(*x) : v == args[0]
      i += 1
    end
    nil
  end

  def all?(*pat)
    each do |*x|
      v = x.size > 1 ? x : x[0]
      ok = if !pat.empty? then pat[0] === v elsif block_given? then yield(*x) else v end
      return false unless ok
    end
    true
  end

  def any?(*pat)
    each do |*x|
      v = x.size > 1 ? x : x[0]
      ok = if !pat.empty? then pat[0] === v elsif block_given? then yield(*x) else v end
      return true if ok
    end
    false
  end

  def none?(*pat)
    each do |*x|
      v = x.size > 1 ? x : x[0]
      ok = if !pat.empty? then pat[0] === v elsif block_given? then yield(*x) else v end
      return false if ok
    end
    true
  end

  def one?(*pat)
    seen = false
    each do |*x|
      v = x.size > 1 ? x : x[0]
      ok = if !pat.empty? then pat[0] === v elsif block_given? then yield(*x) else v end
      if ok
        return false if seen
        seen = true
      end
    end
    seen
  end

  def count(*args)
    n = 0
    if !args.empty?
      each { |*x| n += 1 if (x.size > 1 ? x : x[0]) == args[0] }
    elsif block_given?
      each { |*x| n += 1 if yield(*x) }
    else
      each { |*x| n += 1 }
    end
    n
  end

  def inject(*args)
    if args.size == 1 && !block_given? && instance_of?(Array)
      # cf. ary_inject_op: an Array with a Symbol walks itself, no #each
      return nil if empty?
      op = args[0]
      acc = self[0]
      i = 1
      while i < size
        acc = acc.__send__(op, self[i])
        i += 1
      end
      return acc
    end
    if args.size == 2
      acc = args[0]
      op = args[1]
      each { |*x| acc = acc.__send__(op, x.size > 1 ? x : x[0]) }
      return acc
    end
    if args.size == 1 && !block_given?
      op = args[0]
      first = true
      acc = nil
      each do |*x|
        v = x.size > 1 ? x : x[0]
        if first
          acc = v
          first = false
        else
          acc = acc.__send__(op, v)
        end
      end
      return acc
    end
    first = args.empty?
    acc = args[0]
    each do |*x|
      v = x.size > 1 ? x : x[0]
      if first
        acc = v
        first = false
      else
        acc = yield(acc, v)
      end
    end
    acc
  end

  alias reduce inject

  def sum(init = 0, &b)
    (b ? map(&b) : to_a).sum(init)
  end

  def sort(&b)
    to_a.sort(&b)
  end

  def sort_by(&b)
    return enum_for(:sort_by) { __enum_size } unless b
    to_a.sort_by(&b)
  end

  def min(n = nil, &b)
    return RubyVM::Primitive.nmin(to_a, n, false, false, b) if n
    RubyVM::Primitive.enum_minmax(to_a, :min, b)
  end

  def max(n = nil, &b)
    return RubyVM::Primitive.nmin(to_a, n, false, true, b) if n
    RubyVM::Primitive.enum_minmax(to_a, :max, b)
  end

  def minmax(&b)
    RubyVM::Primitive.enum_minmax(to_a, :minmax, b)
  end

  def min_by(n = nil, &b)
    return enum_for(:min_by, n) { __enum_size } unless b
    to_a.min_by(n, &b)
  end

  def max_by(n = nil, &b)
    return enum_for(:max_by, n) { __enum_size } unless b
    to_a.max_by(n, &b)
  end

  def minmax_by(&b)
    return enum_for(:minmax_by) { __enum_size } unless b
    to_a.minmax_by(&b)
  end

  def include?(v)
    each { |*x| return true if (x.size > 1 ? x : x[0]) == v }
    false
  end

  def member?(v)
    include?(v)
  end

  def first(*n)
    if n.empty?
      each { |*x| return x.size > 1 ? x : x[0] }
      nil
    else
      m = __check_take(n[0], "attempt to take negative size")
      out = []
      return out if m == 0
      each do |*x|
        out << (x.size > 1 ? x : x[0])
        return out if out.size == m
      end
      out
    end
  end

  def take(n)
    m = __check_take(n, "attempt to take negative size")
    out = []
    return out if m == 0
    each do |*x|
      out << (x.size > 1 ? x : x[0])
      return out if out.size == m
    end
    out
  end

  def drop(n)
    m = __check_take(n, "attempt to drop negative size")
    out = []
    i = 0
    each do |*x|
      out << (x.size > 1 ? x : x[0]) if i >= m
      i += 1
    end
    out
  end

  def take_while
    return enum_for(:take_while) unless block_given?
    out = []
    each do |*x|
      return out unless yield(*x)
      out << (x.size > 1 ? x : x[0])
    end
    out
  end

  def drop_while
    return enum_for(:drop_while) unless block_given?
    out = []
    dropping = true
    each do |*x|
      dropping = false if dropping && !yield(*x)
      out << (x.size > 1 ? x : x[0]) unless dropping
    end
    out
  end

  def tally(*h)
    res = h.empty? ? {} : h[0]
    raise FrozenError, "can't modify frozen #{res.class}: #{res.inspect}" if res.frozen?
    each do |*x|
      v = x.size > 1 ? x : x[0]
      res[v] = (res[v] || 0) + 1
    end
    res
  end

  def each_slice(n)
    m = n.to_int
    raise ArgumentError, "invalid slice size" if m <= 0
    return enum_for(:each_slice, n) { s = __enum_size; s && (s + m - 1) / m } unless block_given?
    buf = []
    each do |*x|
      buf << (x.size > 1 ? x : x[0])
      if buf.size == m
        yield buf
        buf = []
      end
    end
    yield buf unless buf.empty?
    self
  end

  def each_cons(n)
    m = n.to_int
    raise ArgumentError, "invalid size" if m <= 0
    return enum_for(:each_cons, n) { s = __enum_size; s && (s - m + 1 < 0 ? 0 : s - m + 1) } unless block_given?
    buf = []
    each do |*x|
      buf << (x.size > 1 ? x : x[0])
      buf.shift if buf.size > m
      yield buf.dup if buf.size == m
    end
    self
  end

  def zip(*others, &b)
    to_a.zip(*others, &b)
  end

  def uniq(&b)
    to_a.uniq(&b)
  end

  def to_h(*args, &b)
    h = {}
    each(*args) do |*x|
      v = x.size > 1 ? x : x[0]
      pair = b ? b.call(*x) : v
      RubyVM::Primitive.hash_pair(h, pair)
    end
    h
  end

  def to_set
    to_a.uniq
  end

  def reverse_each(&b)
    return enum_for(:reverse_each) { __enum_size } unless b
    to_a.reverse_each(&b)
    self
  end

  def cycle(n = nil, &b)
    return enum_for(:cycle, n) { __cycle_size(n) } unless b
    return nil if n && n.to_int <= 0
    buf = []
    each do |*x|
      v = x.size > 1 ? x : x[0]
      buf << v
      b.call(v)
    end
    return nil if buf.empty?
    if n
      (n - 1).times { buf.each(&b) }
    else
      loop { buf.each(&b) }
    end
    nil
  end

  def grep(pat, &b)
    out = []
    each do |*x|
      v = x.size > 1 ? x : x[0]
      out << (b ? b.call(v) : v) if pat === v
    end
    out
  end

  def grep_v(pat, &b)
    out = []
    each do |*x|
      v = x.size > 1 ? x : x[0]
      out << (b ? b.call(v) : v) unless pat === v
    end
    out
  end

  def lazy
    Enumerator::Lazy.new(self)
  end

  def chain(*others)
    Enumerator::Chain.new(self, *others)
  end

  def compact
    to_a.compact
  end

  def __enum_size
    respond_to?(:size) ? size : nil
  end

  def __cycle_size(n)
    s = __enum_size
    return nil if s.nil?
    return 0 if s == 0
    return Float::INFINITY if n.nil?
    n = n.to_int
    n <= 0 ? 0 : s * n
  end

  def __check_take(n, msg)
    m = n.to_int
    raise ArgumentError, msg if m < 0
    m
  end

  private :__enum_size, :__cycle_size, :__check_take
end
