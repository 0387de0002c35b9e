c = ObjectSpace.count_objects
p c.class, c.key?(:TOTAL), c.key?(:FREE), c.key?(:T_STRING), c.key?(:T_ARRAY), c[:TOTAL].is_a?(Integer)
p c[:TOTAL] >= c[:FREE], c.keys.include?(:T_OBJECT), c.values.all?(Integer)
