puts foo_bar
result = compute_value(abc, _x, y2)
