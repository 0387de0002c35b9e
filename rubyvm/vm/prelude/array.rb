# Array's methods that yield (cf. array.c), walking the array by index each time round so a
# block that changes the array sees what CRuby's loops see (they re-read RARRAY_LEN too).
class Array

  def each
    return to_enum(:each) { size } unless block_given?
    i = 0
    while i < size
      yield self[i]
      i += 1
    end
    self
  end

  def each_index
    return to_enum(:each_index) { size } unless block_given?
    i = 0
    while i < size
      yield i
      i += 1
    end
    self
  end

  def each_with_index
    return to_enum(:each_with_index) { size } unless block_given?
    i = 0
    while i < size
      yield self[i], i
      i += 1
    end
    self
  end

  def reverse_each
    return to_enum(:reverse_each) { size } unless block_given?
    i = size - 1
    while i >= 0
      yield self[i]
      i -= 1
      i = size - 1 if i >= size
    end
    self
  end

  def map
    return to_enum(:map) { size } unless block_given?
    out = []
    i = 0
    while i < size
      out << yield(self[i])
      i += 1
    end
    out
  end

  def collect
    return to_enum(:collect) { size } unless block_given?
    out = []
    i = 0
    while i < size
      out << yield(self[i])
      i += 1
    end
    out
  end

  def map!
    return to_enum(:map!) { size } unless block_given?
    RubyVM::Primitive.check_frozen(self)
    i = 0
    while i < size
      self[i] = yield(self[i])
      i += 1
    end
    self
  end

  def collect!(&b)
    return to_enum(:collect!) { size } unless b
    map!(&b)
  end

  def select
    return to_enum(:select) { size } unless block_given?
    out = []
    i = 0
    while i < size
      x = self[i]
      out << x if yield(x)
      i += 1
    end
    out
  end

  def filter(&b)
    return to_enum(:filter) { size } unless b
    select(&b)
  end

  def reject
    return to_enum(:reject) { size } unless block_given?
    out = []
    i = 0
    while i < size
      x = self[i]
      out << x unless yield(x)
      i += 1
    end
    out
  end

  def select!
    return to_enum(:select!) { size } unless block_given?
    RubyVM::Primitive.check_frozen(self)
    n = size
    keep = []
    each { |x| keep << x if yield(x) }
    replace(keep)
    n == size ? nil : self
  end

  def filter!(&b)
    return to_enum(:filter!) { size } unless b
    select!(&b)
  end

  def keep_if(&b)
    return to_enum(:keep_if) { size } unless b
    select!(&b)
    self
  end

  def reject!
    return to_enum(:reject!) { size } unless block_given?
    RubyVM::Primitive.check_frozen(self)
    n = size
    keep = []
    each { |x| keep << x unless yield(x) }
    replace(keep)
    n == size ? nil : self
  end

  def delete_if(&b)
    return to_enum(:delete_if) { size } unless b
    reject!(&b)
    self
  end

  def sort_by(&b)
    return to_enum(:sort_by) { size } unless b
    keys = []
    each { |x| keys << yield(x) }
    RubyVM::Primitive.sort_by(self, keys)
  end

  def sort_by!(&b)
    return to_enum(:sort_by!) { size } unless b
    RubyVM::Primitive.check_frozen(self)
    replace(sort_by(&b))
  end

  def min_by(n = nil, &b)
    return to_enum(:min_by, n) { size } unless b
    if n
      keys = []
      each { |x| keys << yield(x) }
      return RubyVM::Primitive.nmin(self, n, keys, false, nil)
    end
    best = nil
    bv = nil
    first = true
    each do |x|
      v = yield(x)
      if first || RubyVM::Primitive.cmp(v, bv) < 0
        best = x
        bv = v
        first = false
      end
    end
    best
  end

  def max_by(n = nil, &b)
    return to_enum(:max_by, n) { size } unless b
    if n
      keys = []
      each { |x| keys << yield(x) }
      return RubyVM::Primitive.nmin(self, n, keys, true, nil)
    end
    best = nil
    bv = nil
    first = true
    each do |x|
      v = yield(x)
      if first || RubyVM::Primitive.cmp(v, bv) > 0
        best = x
        bv = v
        first = false
      end
    end
    best
  end

  def minmax_by(&b)
    return to_enum(:minmax_by) { size } unless b
    [min_by(&b), max_by(&b)]
  end

  def zip(*others)
    others = others.map do |o|
      if o.is_a?(Array)
        o
      elsif o.respond_to?(:to_ary)
        o.to_ary
      elsif o.respond_to?(:each)
        o.to_enum(:each)
      else
        raise TypeError, "wrong argument type #{o.class} (must respond to :each)"
      end
    end
    out = []
    i = 0
    while i < size
      row = [self[i]]
      others.each do |o|
        if o.is_a?(Array)
          row << o[i]
        else
          row << (begin; o.next; rescue StopIteration; nil; end)
        end
      end
      if block_given?
        yield row
      else
        out << row
      end
      i += 1
    end
    block_given? ? nil : out
  end

  def cycle(n = nil)
    return to_enum(:cycle, n) { __cycle_size(n) } unless block_given?
    if n
      n = n.to_int
      while n > 0 && !empty?
        each { |x| yield x }
        n -= 1
      end
    else
      until empty?
        each { |x| yield x }
      end
    end
    nil
  end

  def combination(n)
    k = n.to_int
    return to_enum(:combination, n) { RubyVM::Primitive.binom(size, k) } unless block_given?
    if k == 0
      yield []
    elsif k > 0 && k <= size
      __combination_each(dup, k, 0, []) { |c| yield c }
    end
    self
  end

  def __combination_each(src, k, start, acc, &b)
    if acc.size == k
      b.call(acc.dup)
      return
    end
    i = start
    while i <= src.size - (k - acc.size)
      acc.push(src[i])
      __combination_each(src, k, i + 1, acc, &b)
      acc.pop
      i += 1
    end
  end

  def permutation(n = nil)
    k = n.nil? ? size : n.to_int
    return to_enum(:permutation, n) { k < 0 || k > size ? 0 : (size - k + 1..size).inject(1, :*) } unless block_given?
    if k == 0
      yield []
    elsif k > 0 && k <= size
      __permutation_each(dup, k, [], Array.new(size, false)) { |c| yield c }
    end
    self
  end

  def __permutation_each(src, k, acc, used, &b)
    if acc.size == k
      b.call(acc.dup)
      return
    end
    i = 0
    while i < src.size
      unless used[i]
        used[i] = true
        acc.push(src[i])
        __permutation_each(src, k, acc, used, &b)
        acc.pop
        used[i] = false
      end
      i += 1
    end
  end

  def repeated_combination(n)
    k = n.to_int
    return to_enum(:repeated_combination, n) { k < 0 ? 0 : (k == 0 ? 1 : RubyVM::Primitive.binom(size + k - 1, k)) } unless block_given?
    if k == 0
      yield []
    elsif k > 0 && !empty?
      __rep_comb_each(dup, k, 0, []) { |c| yield c }
    end
    self
  end

  def __rep_comb_each(src, k, start, acc, &b)
    if acc.size == k
      b.call(acc.dup)
      return
    end
    i = start
    while i < src.size
      acc.push(src[i])
      __rep_comb_each(src, k, i, acc, &b)
      acc.pop
      i += 1
    end
  end

  def repeated_permutation(n)
    k = n.to_int
    return to_enum(:repeated_permutation, n) { k < 0 ? 0 : size**k } unless block_given?
    if k == 0
      yield []
    elsif k > 0 && !empty?
      __rep_perm_each(dup, k, []) { |c| yield c }
    end
    self
  end

  def __rep_perm_each(src, k, acc, &b)
    if acc.size == k
      b.call(acc.dup)
      return
    end
    i = 0
    while i < src.size
      acc.push(src[i])
      __rep_perm_each(src, k, acc, &b)
      acc.pop
      i += 1
    end
  end

  def take_while
    return to_enum(:take_while) unless block_given?
    i = 0
    while i < size
      break unless yield(self[i])
      i += 1
    end
    self[0, i]
  end

  def drop_while
    return to_enum(:drop_while) unless block_given?
    i = 0
    while i < size
      break unless yield(self[i])
      i += 1
    end
    self[i..-1] || []
  end

  def bsearch(&b)
    return to_enum(:bsearch) unless b
    i = bsearch_index(&b)
    i && self[i]
  end

  def bsearch_index
    return to_enum(:bsearch_index) unless block_given?
    low = 0
    high = size
    satisfied = nil
    while low < high
      mid = low + (high - low) / 2
      v = yield(self[mid])
      if v == true
        satisfied = mid
        high = mid
      elsif v == false || v.nil?
        low = mid + 1
      elsif v.is_a?(Numeric)
        return mid if v == 0
        if v < 0
          high = mid
        else
          low = mid + 1
        end
      else
        raise TypeError, "wrong argument type #{v.class} (must be numeric, true, false or nil)"
      end
    end
    satisfied
  end

  private :__combination_each, :__permutation_each, :__rep_comb_each, :__rep_perm_each
end
