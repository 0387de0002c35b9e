puts RubyVM::InstructionSequence.of(Integer.instance_method(:-@)).disasm
