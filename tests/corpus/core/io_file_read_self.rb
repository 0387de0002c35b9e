src = File.read(__FILE__)
p src.lines.size, src.lines.first, File.basename(__FILE__), File.extname(__FILE__), File.exist?(__FILE__)
p File.exist?("no_such_file_here.txt"), File.readlines(__FILE__).size, File.file?(__FILE__), File.directory?(".")
File.open(__FILE__) { |f| p f.gets.chomp, f.lineno }
