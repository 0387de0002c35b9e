# Hash's methods that yield (cf. hash.c). #each yields each entry as one [key, value] pair
# (rb_assoc_new), which a |k, v| block takes apart; Enumerable's methods then see the pair.
#
# The iterators walk the table itself, as rb_hash_foreach does: `cur` is where the walk is
# ([entry index, table kind, table id]); an entry deleted ahead of it is skipped, and while
# the walk runs (hash_iter) adding a key is an error.
class Hash
  def each
    return to_enum(:each) { size } unless block_given?
    cur = RubyVM::Primitive.hash_cursor(self)
    RubyVM::Primitive.hash_iter(self, 1)
    begin
      while (pair = RubyVM::Primitive.hash_next(self, cur))
        yield pair
      end
    ensure
      RubyVM::Primitive.hash_iter(self, -1)
    end
    self
  end

  def each_pair
    return to_enum(:each_pair) { size } unless block_given?
    cur = RubyVM::Primitive.hash_cursor(self)
    RubyVM::Primitive.hash_iter(self, 1)
    begin
      while (pair = RubyVM::Primitive.hash_next(self, cur))
        yield pair
      end
    ensure
      RubyVM::Primitive.hash_iter(self, -1)
    end
    self
  end

  def each_key
    return to_enum(:each_key) { size } unless block_given?
    cur = RubyVM::Primitive.hash_cursor(self)
    RubyVM::Primitive.hash_iter(self, 1)
    begin
      while (pair = RubyVM::Primitive.hash_next(self, cur))
        yield pair[0]
      end
    ensure
      RubyVM::Primitive.hash_iter(self, -1)
    end
    self
  end

  def each_value
    return to_enum(:each_value) { size } unless block_given?
    cur = RubyVM::Primitive.hash_cursor(self)
    RubyVM::Primitive.hash_iter(self, 1)
    begin
      while (pair = RubyVM::Primitive.hash_next(self, cur))
        yield pair[1]
      end
    ensure
      RubyVM::Primitive.hash_iter(self, -1)
    end
    self
  end

  # select, reject and transform_values walk a copy (hash_dup_with_compare_by_id), so the
  # block may add keys to the receiver
  def select
    return to_enum(:select) { size } unless block_given?
    h = RubyVM::Primitive.hash_copy(self)
    h.each { |k, v| h.delete(k) unless yield(k, v) }
    h
  end

  def filter(&b)
    return to_enum(:filter) { size } unless b
    select(&b)
  end

  def reject
    return to_enum(:reject) { size } unless block_given?
    h = RubyVM::Primitive.hash_copy(self)
    h.each { |k, v| h.delete(k) if yield(k, v) }
    h
  end

  def select!
    return to_enum(:select!) { size } unless block_given?
    RubyVM::Primitive.check_frozen(self)
    n = size
    each { |k, v| delete(k) unless yield(k, v) }
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
    each { |k, v| delete(k) if yield(k, v) }
    n == size ? nil : self
  end

  def delete_if(&b)
    return to_enum(:delete_if) { size } unless b
    reject!(&b)
    self
  end

  def transform_values
    return to_enum(:transform_values) { size } unless block_given?
    h = RubyVM::Primitive.hash_copy(self)
    h.each { |k, v| h[k] = yield(v) }
    h
  end

  def transform_values!
    return to_enum(:transform_values!) { size } unless block_given?
    RubyVM::Primitive.check_frozen(self)
    each { |k, v| self[k] = yield(v) }
    self
  end

  def transform_keys(*map, &b)
    return to_enum(:transform_keys) { size } if map.empty? && !b
    m = map[0]
    h = {}
    each do |k, v|
      nk = if m && m.key?(k)
             m[k]
           elsif b
             b.call(k)
           else
             k
           end
      h[nk] = v
    end
    h
  end

  def transform_keys!(*map, &b)
    return to_enum(:transform_keys!) { size } if map.empty? && !b
    RubyVM::Primitive.check_frozen(self)
    replace(transform_keys(*map, &b))
  end

  def to_h(&b)
    return self if !b && instance_of?(Hash)
    h = b ? RubyVM::Primitive.hash_new_with_size(size) : {}
    if b
      each { |k, v| RubyVM::Primitive.hash_pair(h, b.call(k, v)) }
    else
      each { |k, v| h[k] = v }
    end
    h
  end

  def map(&b)
    return to_enum(:map) { size } unless b
    out = []
    each { |pair| out << yield(pair) }
    out
  end

  def count(*args, &b)
    return size if args.empty? && !b
    super
  end

  def find_all(&b)
    return to_enum(:find_all) { size } unless b
    out = []
    each { |pair| out << pair if yield(pair) }
    out
  end

  def any?(*pat)
    return !empty? if pat.empty? && !block_given?
    if pat.empty?
      each { |pair| return true if yield(pair) }
    else
      each { |pair| return true if pat[0] === pair }
    end
    false
  end

  def sum(init = 0, &b)
    (b ? map(&b) : to_a).sum(init)
  end

  def filter_map
    return to_enum(:filter_map) { size } unless block_given?
    out = []
    each do |pair|
      r = yield(pair)
      out << r if r
    end
    out
  end
end
