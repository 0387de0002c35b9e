begin
  require "does_not_exist_xyz"
rescue LoadError => e
  p e.class, e.message, e.path
end
begin
  require_relative "lib/missing_file"
rescue LoadError => e
  p e.class, e.message.sub(/ -- .*\//, " -- ")
end
p $LOAD_PATH.is_a?(Array)
