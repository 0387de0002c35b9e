iseq = RubyVM::InstructionSequence.compile("1+2")
p iseq.to_a.last
p iseq.eval
p iseq.to_a[0], iseq.to_a[4..5] rescue p $!
p RubyVM::InstructionSequence.compile("a = 1; a * 3").to_a.last
