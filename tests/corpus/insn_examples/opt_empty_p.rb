"".empty?
