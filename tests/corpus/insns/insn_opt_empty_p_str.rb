p "".empty?
