def load(path)
  File.read(path)
rescue Errno::ENOENT
  ""
end
