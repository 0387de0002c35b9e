p File.basename("missing_input.txt", ".txt"), File.extname("missing_input.txt")
p File.exist?("missing_input.txt")
File.read("missing_input.txt")
