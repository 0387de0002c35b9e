if /foo/
  bar
end
