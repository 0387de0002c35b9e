cache[key] ||= build(key)
totals[a][b] += 1
grid[x, y] -= 1
@h[:list] <<= 2
