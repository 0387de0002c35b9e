v = flag ? :yes : :no
