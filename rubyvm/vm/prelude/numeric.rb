# Integer and Numeric iterators, written in Ruby so a stepper can walk into them
# (cf. numeric.c int_dotimes, int_upto, int_downto, num_step).
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
    return to_enum(:upto, n) unless block_given?
    i = self
    while i <= n
      yield i
      i += 1
    end
    self
  end

  def downto(n)
    return to_enum(:downto, n) unless block_given?
    i = self
    while i >= n
      yield i
      i -= 1
    end
    self
  end
end

class Numeric
  # cf. num_step: Integer steps count exactly, a Float anywhere steps by index
  # (ruby_float_step), anything else adds step until it passes limit.
  def step(limit = nil, step = nil, by: nil, to: nil)
    unless by.nil?
      raise ArgumentError, "step is given twice" unless step.nil?
      step = by
    end
    unless to.nil?
      raise ArgumentError, "to is given twice" unless limit.nil?
      limit = to
    end
    step = 1 if step.nil?
    unless block_given?
      # an Enumerator::ArithmeticSequence; a zero step raises once it is iterated
      return to_enum(:step, limit, step) if step == 0
      args = limit.nil? && step == 1 ? [] : [limit, step]
      return Enumerator::ArithmeticSequence.__new(self, :step, args, self, limit, step, false)
    end
    raise ArgumentError, "step can't be 0" if step == 0
    if is_a?(Float) || limit.is_a?(Float) || step.is_a?(Float)
      beg = to_f
      unit = step.to_f
      if limit.nil?
        i = 0
        while true
          yield i * unit + beg
          i += 1
        end
      end
      lim = limit.to_f
      n = Float.__step_size(beg, lim, unit, false)
      i = 0
      while i < n
        d = i * unit + beg
        d = lim if unit >= 0 ? lim < d : d < lim
        yield d
        i += 1
      end
    elsif limit.nil?
      i = self
      while true
        yield i
        i += step
      end
    else
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
    end
    self
  end
end
