open_file do |f|
  f.write "x"
ensure
  f.close
end
