puts RubyVM::InstructionSequence.compile("puts 2+2").disasm
