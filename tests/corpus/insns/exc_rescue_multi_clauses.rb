def t(x)
  raise x
rescue TypeError
  :type
rescue ArgumentError, NameError => e
  :arg
rescue
  :other
end
p t(ArgumentError), t(TypeError), t("s")
