p File.exist?("missing_input.txt")
File.read("missing_input.txt")
