[-> { 1 / 0 }, -> { 1 % 0 }, -> { 1.divmod(0) }, -> { 0 / 0 }, -> { (2**70) / 0 }, -> { 1.div(0.0) }].each do |l|
  l.call
rescue ZeroDivisionError => e
  p [e.class, e.message]
end
p 1 / 0.0, -1 / 0.0, 0 / 0.0, 1.fdiv(0)
p((1.0 % 0.0 rescue $!.message))
p((1 % 0.0 rescue $!.message))
p 1.0.divmod(0) rescue p $!.message
