p %q(single 'q'), %Q(double #{1 + 1}), %(paren)
