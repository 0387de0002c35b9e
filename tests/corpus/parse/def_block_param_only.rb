def run(&b) = b.call
