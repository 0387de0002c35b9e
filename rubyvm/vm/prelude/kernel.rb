# Kernel methods that yield (cf. vm_eval.c rb_f_loop, object.c rb_obj_tap / rb_obj_yield_self).
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
    return to_enum(:then) unless block_given?
    yield self
  end

  def yield_self
    return to_enum(:yield_self) unless block_given?
    yield self
  end
end
