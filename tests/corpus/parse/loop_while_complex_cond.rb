while (line = io.gets) && !line.empty?
  out << line
end
