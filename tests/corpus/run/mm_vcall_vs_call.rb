class Probe
  def inspect = "#<Probe>"
  def test_vcall
    undefined_thing
  rescue NameError => e
    [e.class, e.message.lines.first.chomp]
  end

  def test_call
    undefined_thing()
  rescue NameError => e
    [e.class, e.message.lines.first.chomp]
  end
end

p Probe.new.test_vcall
p Probe.new.test_call
