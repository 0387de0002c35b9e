x = Integer("z") rescue 0
risky rescue nil
y = (a rescue b)
