p Math::PI, Math::E
p Math.sqrt(2), Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2)
p Math.sin(0), Math.cos(0), Math.tan(0), Math.sin(Math::PI / 2), Math.cos(Math::PI)
p Math.atan(1), Math.atan2(1, 1), Math.atan2(-1, -1), Math.atan2(0, -1), Math.asin(1), Math.acos(-1)
p Math.hypot(3, 4), Math.hypot(5, 12), Math.hypot(1, 1)
