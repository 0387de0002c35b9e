puts RubyVM::InstructionSequence.of(Kernel.instance_method(:then)).disasm
