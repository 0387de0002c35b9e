puts RubyVM::InstructionSequence.of(GC.method(:start)).disasm
