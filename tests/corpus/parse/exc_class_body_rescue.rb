class Loader
  load_all
rescue LoadError
  nil
end
