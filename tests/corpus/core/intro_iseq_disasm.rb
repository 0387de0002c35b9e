iseq = RubyVM::InstructionSequence.compile("puts 2+2")
p iseq.class, iseq.label, iseq.path
puts RubyVM::InstructionSequence.compile("puts 2+2").disasm
