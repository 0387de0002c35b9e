case list
in [*, 3, *]
  :has_three
in [*pre, String => s, *post]
  s
end
