def load_file
  raise IOError, "file missing"
end

def load_config
  load_file
rescue IOError
  raise ArgumentError, "config could not be loaded"
end

load_config
