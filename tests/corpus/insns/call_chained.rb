p "hello world".split.map(&:capitalize).join(" ")
