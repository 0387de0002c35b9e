i = 10
i -= 1 until i.zero?
