def head((first, *rest), other)
  first
end
