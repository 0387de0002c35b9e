iseq = RubyVM::InstructionSequence.compile("[1, 2].map { |x| x * 2 }")
p iseq.eval
puts RubyVM::InstructionSequence.compile("[1, 2].map { |x| x * 2 }").disasm
