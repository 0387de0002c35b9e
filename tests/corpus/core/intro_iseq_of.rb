def foo(a, b = 2)
  a + b
end
puts RubyVM::InstructionSequence.of(method(:foo)).disasm
p RubyVM::InstructionSequence.of(method(:foo)).label
