# Set, as `require "set"` gives it (cf. lib/set.rb of CRuby 3.1): a Hash of members to true,
# so members keep insertion order and use eql?/hash.  Written for rubyvm.
class Set
  include Enumerable

  def self.[](*members)
    new(members)
  end

  def initialize(enum = nil, &blk)
    @hash = {}
    return if enum.nil?
    raise ArgumentError, "value must be enumerable" unless enum.respond_to?(:each)
    if blk
      enum.each { |o| add(blk.call(o)) }
    else
      enum.each { |o| add(o) }
    end
  end

  def initialize_copy(orig)
    super
    @hash = orig.instance_variable_get(:@hash).dup
  end

  def freeze
    @hash.freeze
    super
  end

  def size
    @hash.size
  end
  alias length size

  def empty?
    @hash.empty?
  end

  def clear
    @hash.clear
    self
  end

  def replace(enum)
    clear
    merge(enum)
  end

  def to_set
    self
  end

  def to_a
    @hash.keys
  end

  def include?(o)
    @hash.key?(o)
  end
  alias member? include?
  alias === include?

  def add(o)
    @hash[o] = true
    self
  end
  alias << add

  def add?(o)
    include?(o) ? nil : add(o)
  end

  def delete(o)
    @hash.delete(o)
    self
  end

  def delete?(o)
    include?(o) ? delete(o) : nil
  end

  def delete_if
    return to_enum(:delete_if) unless block_given?
    to_a.each { |o| @hash.delete(o) if yield(o) }
    self
  end

  def keep_if
    return to_enum(:keep_if) unless block_given?
    to_a.each { |o| @hash.delete(o) unless yield(o) }
    self
  end

  def select!(&b)
    n = size
    keep_if(&b)
    size == n ? nil : self
  end
  alias filter! select!

  def reject!(&b)
    n = size
    delete_if(&b)
    size == n ? nil : self
  end

  def map!
    return to_enum(:map!) unless block_given?
    a = to_a
    clear
    a.each { |o| add(yield(o)) }
    self
  end
  alias collect! map!

  def each(&b)
    return to_enum(:each) { size } unless b
    @hash.each_key(&b)
    self
  end

  def merge(*enums)
    enums.each { |e| e.each { |o| add(o) } }
    self
  end

  def subtract(enum)
    enum.each { |o| delete(o) }
    self
  end

  def |(enum)
    dup.merge(enum)
  end
  alias + |
  alias union |

  def -(enum)
    dup.subtract(enum)
  end
  alias difference -

  def &(enum)
    n = self.class.new
    enum.each { |o| n.add(o) if include?(o) }
    n
  end
  alias intersection &

  def ^(enum)
    n = Set.new(enum)
    each { |o| n.add(o) unless n.delete?(o) }
    n
  end

  def subset?(set)
    raise ArgumentError, "value must be a set" unless set.is_a?(Set)
    set.size >= size && all? { |o| set.include?(o) }
  end
  alias <= subset?

  def superset?(set)
    raise ArgumentError, "value must be a set" unless set.is_a?(Set)
    size >= set.size && set.all? { |o| include?(o) }
  end
  alias >= superset?

  def proper_subset?(set)
    raise ArgumentError, "value must be a set" unless set.is_a?(Set)
    set.size > size && all? { |o| set.include?(o) }
  end
  alias < proper_subset?

  def proper_superset?(set)
    raise ArgumentError, "value must be a set" unless set.is_a?(Set)
    size > set.size && set.all? { |o| include?(o) }
  end
  alias > proper_superset?

  def <=>(set)
    return nil unless set.is_a?(Set)
    return 0 if self == set
    return -1 if proper_subset?(set)
    return 1 if proper_superset?(set)
    nil
  end

  def intersect?(set)
    set.any? { |o| include?(o) }
  end

  def disjoint?(set)
    !intersect?(set)
  end

  def ==(other)
    return true if equal?(other)
    other.is_a?(Set) && size == other.size && other.all? { |o| include?(o) }
  end

  def eql?(other)
    other.is_a?(Set) && @hash.eql?(other.instance_variable_get(:@hash))
  end

  def hash
    @hash.hash
  end

  def classify
    return to_enum(:classify) unless block_given?
    h = {}
    each { |o| (h[yield(o)] ||= self.class.new).add(o) }
    h
  end

  def inspect
    "#<Set: {#{to_a.map(&:inspect).join(', ')}}>"
  end
  alias to_s inspect
end

module Enumerable
  def to_set(klass = Set, *args, &blk)
    klass.new(self, *args, &blk)
  end
end
