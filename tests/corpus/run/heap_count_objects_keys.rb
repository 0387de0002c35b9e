counts = ObjectSpace.count_objects
p counts.key?(:TOTAL)
p counts.key?(:FREE)
p counts.key?(:T_STRING)
p counts.key?(:T_CLASS)
p counts.key?(:T_ARRAY)
p counts[:TOTAL] >= counts[:FREE]
p counts[:T_STRING] > 0
p counts.values.all? { |v| v.is_a?(Integer) }
