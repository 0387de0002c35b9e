s = "hello world, hello ruby"
p s.count("lo"), s.count("a-z"), s.count("^a-z"), s.count("a-z", "^l"), s.count("lo", "l"), s.count("\\^"), s.count("a-c", "b-d")
p s.delete("a-z"), s.delete("^a-z"), s.delete("lo", "o"), s.squeeze("a-z"), s.squeeze("l"), "a^b-c".delete("^-"), "a^b-c".delete("-^")
