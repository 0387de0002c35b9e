tp = TracePoint.new(:call) { }
p tp.enabled?
tp.enable
p tp.enabled?
tp.disable
p tp.enabled?
r = tp.enable { :block_value }
p r
p tp.enabled?
