foo { |a| }
foo { || }
foo { |;b| }
foo { |a; b, c| }
foo { |*| }
