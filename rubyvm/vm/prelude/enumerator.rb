# Enumerator (cf. enumerator.c): internal iteration re-sends the method it was made from
# (or runs the generator block with a Yielder); external iteration (next/peek/rewind) is in
# core_enumerator.py. Lazy, Chain, ArithmeticSequence and produce are here too.
module Kernel
  def to_enum(meth = :each, *args, &size)
    Enumerator.__for(self, meth, args, size)
  end

  def enum_for(meth = :each, *args, &size)
    Enumerator.__for(self, meth, args, size)
  end
end

class Enumerator
  include Enumerable

  def self.__for(obj, meth, args, size)
    e = allocate
    e.__setup(obj, meth, args, size, nil)
    e
  end

  def __setup(obj, meth, args, size, gen)
    @__obj = obj
    @__meth = meth
    @__args = args
    @__size = size
    @__gen = gen
    self
  end

  def initialize(size = nil, &blk)
    raise ArgumentError, "no block given" unless blk
    __setup(Generator.new(&blk), :each, [], size, blk)
  end

  def initialize_copy(other)
    super
    __ext_reset
    self
  end

  def each(*args, &b)
    return self if args.empty? && !b
    if !args.empty?
      e = Enumerator.__for(@__obj, @__meth, @__args + args, @__size)
      return b ? e.each(&b) : e
    end
    if @__gen
      @__gen.call(Yielder.new(b))
    else
      @__obj.__send__(@__meth, *@__args, &b)
    end
  end

  def size
    s = @__size
    return s.call(*@__args) if s.is_a?(Proc)
    return s unless s.nil?
    RubyVM::Primitive.default_size(@__obj, @__meth, @__args)
  end

  def with_index(offset = 0, &b)
    offset = offset.nil? ? 0 : offset.to_int
    return to_enum(:with_index, offset) { size } unless b
    i = offset - 1
    each do |*x|
      i += 1
      b.call(x.size > 1 ? x : x[0], i)
    end
  end

  def each_with_index(&b)
    return to_enum(:each_with_index) { size } unless b
    with_index(0, &b)
  end

  def with_object(memo, &b)
    return to_enum(:with_object, memo) { size } unless b
    each { |*x| b.call(x.size > 1 ? x : x[0], memo) }
    memo
  end

  def each_with_object(memo, &b)
    return to_enum(:each_with_object, memo) { size } unless b
    with_object(memo, &b)
  end

  def +(other)
    Chain.new(self, other)
  end

  def inspect
    return "#<#{self.class}: uninitialized>" if @__meth.nil?
    args = @__args.empty? ? "" : "(#{@__args.map(&:inspect).join(", ")})"
    "#<#{self.class}: #{@__obj.inspect}:#{@__meth}#{args}>"
  end

  def to_s
    inspect
  end

  def self.produce(*init, &b)
    raise ArgumentError, "no block given" unless b
    Enumerator.new(Float::INFINITY) do |y|
      if init.empty?
        cur = nil
      else
        cur = init[0]
        y << cur
      end
      while true
        begin
          cur = b.call(cur)
        rescue StopIteration
          break
        end
        y << cur
      end
    end
  end

  class Generator
    def initialize(&blk)
      @blk = blk
    end

    def call(y)
      @blk.call(y)
    end

    def each(*args, &b)
      @blk.call(Yielder.new(b), *args)
    end
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

    def to_proc
      b = @b
      proc { |*x| b.call(*x) }
    end
  end

  class Chain < Enumerator
    def initialize(*enums)
      @__enums = enums
      __setup(self, :each, [], nil, nil)
    end

    def each(&b)
      return self unless b
      @__enums.each { |e| e.each(&b) }
      self
    end

    def size
      total = 0
      @__enums.each do |e|
        s = e.size
        return s if s.nil? || (s.is_a?(Float) && s.infinite?)
        total += s
      end
      total
    end

    def +(other)
      Chain.new(self, other)
    end

    def inspect
      "#<Enumerator::Chain: [#{@__enums.map(&:inspect).join(", ")}]>"
    end
  end

  # cf. enumerator.c's arith_seq: begin, end, step and exclude_end?, made by Range#step,
  # Range#% and Numeric#step
  class ArithmeticSequence < Enumerator
    def self.__new(recv, meth, args, b, e, s, x)
      a = allocate
      a.__setup(recv, meth, args, nil, nil)
      a.__arith(b, e, s, x)
      a
    end

    def __arith(b, e, s, x)
      @__b = b
      @__e = e
      @__s = s
      @__x = x
      self
    end

    def begin
      @__b
    end

    def end
      @__e
    end

    def step
      @__s
    end

    def exclude_end?
      @__x
    end

    def each(&blk)
      return self unless blk
      b = @__b
      e = @__e
      s = @__s
      if b.is_a?(Float) || e.is_a?(Float) || s.is_a?(Float)
        RubyVM::Primitive.float_step(b.to_f, e.nil? ? (s < 0 ? -Float::INFINITY : Float::INFINITY) : e.to_f, s.to_f, @__x) { |v| blk.call(v) }
        return self
      end
      i = b
      if e.nil?
        while true
          blk.call(i)
          i += s
        end
      elsif s > 0
        while @__x ? i < e : i <= e
          blk.call(i)
          i += s
        end
      else
        while @__x ? i > e : i >= e
          blk.call(i)
          i += s
        end
      end
      self
    end

    def size
      return Float::INFINITY if @__e.nil?
      RubyVM::Primitive.interval_step_size(@__b, @__e, @__s, @__x)
    end

    def first(*n)
      return super unless n.empty?
      each { |v| return v }
      nil
    end

    def last(*n)
      raise RangeError, "cannot get the last element of endless arithmetic sequence" if @__e.nil?
      a = to_a
      n.empty? ? a.last : a.last(*n)
    end

    def to_a
      raise RangeError, "cannot convert endless range to an array" if @__e.nil?
      out = []
      each { |v| out << v }
      out
    end

    def ==(other)
      other.is_a?(ArithmeticSequence) && self.begin == other.begin && self.end == other.end &&
        step == other.step && exclude_end? == other.exclude_end?
    end

    def eql?(other)
      self == other
    end

    def hash
      [@__b, @__e, @__s, @__x].hash
    end

    def inspect
      if @__obj.is_a?(Range)
        "((#{@__obj.inspect}).#{@__meth}(#{@__args.map(&:inspect).join(", ")}))"
      else
        "(#{@__obj.inspect}.#{@__meth}(#{@__args.map(&:inspect).join(", ")}))"
      end
    end

    def to_s
      inspect
    end
  end

  # cf. enumerator.c's lazy_*: each step wraps the one before; a step may stop the whole
  # iteration by throwing to the tag of the #each that is running.
  class Lazy < Enumerator
    def initialize(obj, size = nil, &blk)
      __setup(obj, :each, [], size, nil)
      @__parent = nil
      @__mk = nil
      @__src = obj
      if blk
        @__mk = proc { |out, _tag| proc { |*x| blk.call(out, *x) } }
        @__parent = Lazy.new(obj)
      end
    end

    def self.__chain(parent, meth, args, &mk)
      l = allocate
      l.__setup(parent, meth, args, nil, nil)
      l.__lazy_link(parent, mk)
      l
    end

    def __lazy_link(parent, mk)
      @__parent = parent
      @__mk = mk
      self
    end

    def each(&blk)
      return self unless blk
      __lazy_each(blk)
      self
    end

    def __lazy_each(blk)
      if @__mk.nil?
        @__src.each { |*x| blk.call(*x) }
      else
        tag = Object.new
        step = @__mk.call(blk, tag)
        catch(tag) { @__parent.__lazy_each(step) }
      end
    end

    def inspect
      if @__mk.nil? || @__parent.nil?
        "#<Enumerator::Lazy: #{@__obj.inspect}>"
      else
        args = @__args.empty? ? "" : "(#{@__args.map(&:inspect).join(", ")})"
        "#<Enumerator::Lazy: #{@__obj.inspect}:#{@__meth}#{args}>"
      end
    end

    def size
      nil
    end

    def lazy
      self
    end

    def force(*a)
      to_a(*a)
    end

    def eager
      Enumerator.__for(self, :each, [], nil)
    end

    def map(&b)
      raise ArgumentError, "tried to call lazy map without a block" unless b
      Lazy.__chain(self, :map, []) { |out, _| proc { |*x| out.call(b.call(*x)) } }
    end

    def collect(&b)
      map(&b)
    end

    def select(&b)
      raise ArgumentError, "tried to call lazy select without a block" unless b
      Lazy.__chain(self, :select, []) { |out, _| proc { |*x| out.call(*x) if b.call(*x) } }
    end

    def filter(&b)
      select(&b)
    end

    def find_all(&b)
      select(&b)
    end

    def reject(&b)
      raise ArgumentError, "tried to call lazy reject without a block" unless b
      Lazy.__chain(self, :reject, []) { |out, _| proc { |*x| out.call(*x) unless b.call(*x) } }
    end

    def filter_map(&b)
      Lazy.__chain(self, :filter_map, []) { |out, _| proc { |*x| r = b.call(*x); out.call(r) if r } }
    end

    def flat_map(&b)
      Lazy.__chain(self, :flat_map, []) do |out, _|
        proc do |*x|
          r = b.call(*x)
          if r.is_a?(Array) || r.respond_to?(:force) && r.respond_to?(:each)
            r.each { |v| out.call(v) }
          else
            out.call(r)
          end
        end
      end
    end

    def take(n)
      Lazy.__chain(self, :take, [n]) do |out, tag|
        i = 0
        proc do |*x|
          throw tag if i >= n
          i += 1
          out.call(*x)
          throw tag if i >= n
        end
      end
    end

    def take_while(&b)
      Lazy.__chain(self, :take_while, []) { |out, tag| proc { |*x| b.call(*x) ? out.call(*x) : throw(tag) } }
    end

    def drop(n)
      Lazy.__chain(self, :drop, [n]) do |out, _|
        i = 0
        proc do |*x|
          if i < n
            i += 1
          else
            out.call(*x)
          end
        end
      end
    end

    def drop_while(&b)
      Lazy.__chain(self, :drop_while, []) do |out, _|
        dropping = true
        proc do |*x|
          dropping = false if dropping && !b.call(*x)
          out.call(*x) unless dropping
        end
      end
    end

    def with_index(offset = 0, &b)
      Lazy.__chain(self, :with_index, offset == 0 ? [] : [offset]) do |out, _|
        i = offset - 1
        proc do |*x|
          i += 1
          v = x.size > 1 ? x : x[0]
          if b
            b.call(v, i)
            out.call(*x)
          else
            out.call(v, i)
          end
        end
      end
    end

    def each_with_index(&b)
      with_index(0, &b)
    end

    def zip(*others)
      Lazy.__chain(self, :zip, others) do |out, _|
        i = -1
        arrays = others.map { |o| o.is_a?(Array) ? o : nil }
        enums = others.map { |o| o.is_a?(Array) ? nil : o.to_enum(:each) }
        proc do |*x|
          i += 1
          row = [x.size > 1 ? x : x[0]]
          others.each_index do |j|
            row << (arrays[j] ? arrays[j][i] : (begin; enums[j].next; rescue StopIteration; nil; end))
          end
          out.call(row)
        end
      end
    end

    def uniq(&b)
      Lazy.__chain(self, :uniq, []) do |out, _|
        seen = {}
        proc do |*x|
          v = x.size > 1 ? x : x[0]
          k = b ? b.call(v) : v
          unless seen.key?(k)
            seen[k] = true
            out.call(*x)
          end
        end
      end
    end

    def compact
      Lazy.__chain(self, :compact, []) { |out, _| proc { |*x| v = x.size > 1 ? x : x[0]; out.call(*x) unless v.nil? } }
    end

    def each_slice(n)
      src = self
      Lazy.new(Enumerator.new { |y| src.__slices(n) { |s| y << s } })
    end

    def __slices(n)
      buf = []
      each do |*x|
        buf << (x.size > 1 ? x : x[0])
        if buf.size == n
          yield buf
          buf = []
        end
      end
      yield buf unless buf.empty?
    end

    def first(*n)
      return super unless n.empty?
      each { |*x| return x.size > 1 ? x : x[0] }
      nil
    end
  end
end
