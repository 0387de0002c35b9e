def foo
  __method__
end
p foo
def bar = __method__
p bar
alias baz foo
p baz
p __method__
class K
  def meth
    [__method__, self.class]
  end
  define_method(:dyn) { __method__ }
end
p K.new.meth
p K.new.dyn
