# Range's methods that yield (cf. range.c range_each, range_step, range_bsearch) and the
# ones that fall back on Enumerable.
class Range
  def each
    return to_enum(:each) { size } unless block_given?
    b = self.begin
    e = self.end
    if b.is_a?(Integer) && (e.is_a?(Integer) || e.nil?)
      i = b
      if e.nil?
        while true
          yield i
          i += 1
        end
      elsif exclude_end?
        while i < e
          yield i
          i += 1
        end
      else
        while i <= e
          yield i
          i += 1
        end
      end
    elsif b.is_a?(String) && (e.is_a?(String) || e.nil?)
      __str_upto(b, e, exclude_end?) { |s| yield s }
    elsif b.is_a?(Symbol) && e.is_a?(Symbol)
      __str_upto(b.to_s, e.to_s, exclude_end?) { |s| yield s.to_sym }
    else
      raise TypeError, "can't iterate from #{b.class}" unless b.respond_to?(:succ)
      i = b
      if e.nil?
        while true
          yield i
          i = i.succ
        end
      end
      while (c = (i <=> e)) && (exclude_end? ? c < 0 : c <= 0)
        yield i
        break if c == 0
        i = i.succ
      end
    end
    self
  end

  # cf. rb_str_upto_each in string.c
  def __str_upto(b, e, excl)
    if e.nil?
      cur = b
      while true
        yield cur
        cur = cur.succ
      end
    end
    if b.size == 1 && e.size == 1 && b.ascii_only? && e.ascii_only?
      c = b.ord
      last = e.ord
      while c < last || (!excl && c == last)
        yield c.chr
        c += 1
      end
      return
    end
    if b.match?(/\A\d+\z/) && e.match?(/\A\d+\z/)
      width = b.size
      i = b.to_i
      last = e.to_i
      while i < last || (!excl && i == last)
        s = i.to_s
        s = "0" * (width - s.size) + s if s.size < width
        yield s
        i += 1
      end
      return
    end
    n = b <=> e
    return if n > 0 || (excl && n == 0)
    after = e.succ
    cur = b.dup
    while cur != after
      nxt = nil
      nxt = cur.succ if excl || cur != e
      yield cur
      break if nxt.nil?
      cur = nxt
      break if excl && cur == e
      break if cur.size > e.size || cur.size == 0
    end
  end

  def reverse_each(&b)
    return to_enum(:reverse_each) { size } unless b
    e = self.end
    if e.is_a?(Integer) && (self.begin.nil? || self.begin.is_a?(Integer))
      i = exclude_end? ? e - 1 : e
      s = self.begin
      while s.nil? || i >= s
        yield i
        i -= 1
      end
      return self
    end
    raise TypeError, "can't iterate from #{e.class}" if e.nil?
    to_a.reverse_each(&b)
    self
  end

  def step(n = 1, &blk)
    b = self.begin
    e = self.end
    if b.is_a?(Numeric) || (b.nil? && e.is_a?(Numeric))
      raise ArgumentError, "step can't be 0" if n == 0
      unless n.is_a?(Numeric)
        raise TypeError, "no implicit conversion of #{n.class} into Integer"
      end
      return Enumerator::ArithmeticSequence.__new(self, :step, [n], b, e, n, exclude_end?) unless blk
      Enumerator::ArithmeticSequence.__new(self, :step, [n], b, e, n, exclude_end?).each(&blk)
      return self
    end
    raise ArgumentError, "step can't be negative" if n < 0
    raise ArgumentError, "step can't be 0" if n == 0
    return to_enum(:step, n) unless blk
    i = 0
    each do |x|
      yield x if i % n == 0
      i += 1
    end
    self
  end

  def %(n)
    b = self.begin
    e = self.end
    if b.is_a?(Numeric) || (b.nil? && e.is_a?(Numeric))
      raise ArgumentError, "step can't be 0" if n == 0
      return Enumerator::ArithmeticSequence.__new(self, :%, [n], b, e, n, exclude_end?)
    end
    step(n)
  end

  def first(*n)
    if n.empty?
      raise RangeError, "cannot get the first element of beginless range" if self.begin.nil?
      return self.begin
    end
    raise RangeError, "cannot get the first element of beginless range" if self.begin.nil?
    super
  end

  def last(*n)
    raise RangeError, "cannot get the last element of endless range" if self.end.nil?
    return self.end if n.empty?
    b = self.begin
    e = self.end
    if b.is_a?(Integer) && e.is_a?(Integer)
      m = n[0].to_int
      raise ArgumentError, "negative array size" if m < 0
      e -= 1 if exclude_end?
      s = e - m + 1
      s = b if s < b
      return s > e ? [] : (s..e).to_a
    end
    to_a.last(*n)
  end

  def min(*a, &blk)
    b = self.begin
    e = self.end
    raise RangeError, "cannot get the minimum of beginless range" if b.nil?
    if blk || (exclude_end? && !e.is_a?(Numeric)) || !a.empty?
      raise RangeError, "cannot get the minimum of endless range with custom comparison method" if e.nil?
      return super
    end
    c = e.nil? ? -1 : RubyVM::Primitive.cmp(b, e)
    return nil if c > 0 || (c == 0 && exclude_end?)
    b
  end

  def max(*a, &blk)
    b = self.begin
    e = self.end
    raise RangeError, "cannot get the maximum of endless range" if e.nil?
    if blk || (exclude_end? && !e.is_a?(Numeric)) || !a.empty?
      raise RangeError, "cannot get the maximum of beginless range with custom comparison method" if b.nil?
      return super
    end
    c = b.nil? ? -1 : RubyVM::Primitive.cmp(b, e)
    return nil if c > 0
    if exclude_end?
      raise TypeError, "cannot exclude non Integer end value" unless e.is_a?(Integer)
      return nil if c == 0
      raise TypeError, "cannot exclude end value with non Integer begin value" unless b.is_a?(Integer)
      return e - 1
    end
    e
  end

  def minmax(&blk)
    return super if blk
    [min, max]
  end

  def sum(init = 0, &blk)
    b = self.begin
    e = self.end
    if !blk && b.is_a?(Integer) && e.is_a?(Integer)
      last = exclude_end? ? e - 1 : e
      return init if last < b
      return init + (b + last) * (last - b + 1) / 2
    end
    super
  end

  def count(*a, &blk)
    if a.empty? && !blk
      return Float::INFINITY if self.begin.nil? || self.end.nil?
      return size if self.begin.is_a?(Integer)
    end
    super
  end

  def bsearch
    return to_enum(:bsearch) unless block_given?
    b = self.begin
    e = self.end
    if b.is_a?(Float) || e.is_a?(Float)
      lo = b.to_f
      hi = e.to_f
      found = nil
      200.times do
        break if lo > hi
        mid = lo + (hi - lo) / 2.0
        v = yield mid
        if v == true || (v.is_a?(Numeric) && v == 0)
          found = mid
          return mid if v.is_a?(Numeric)
          break if hi == mid
          hi = mid
        elsif v == false || v.nil? || (v.is_a?(Numeric) && v > 0)
          break if lo == mid
          lo = mid
          lo = lo.next_float if lo == mid
        else
          break if hi == mid
          hi = mid
        end
      end
      return found
    end
    lo = b
    hi = exclude_end? ? e - 1 : e
    found = nil
    while lo <= hi
      mid = lo + (hi - lo) / 2
      v = yield mid
      if v == true
        found = mid
        hi = mid - 1
      elsif v == false || v.nil?
        lo = mid + 1
      elsif v.is_a?(Numeric)
        return mid if v == 0
        if v < 0
          hi = mid - 1
        else
          lo = mid + 1
        end
      else
        raise TypeError, "wrong argument type #{v.class} (must be numeric, true, false or nil)"
      end
    end
    found
  end

  private :__str_upto
end
