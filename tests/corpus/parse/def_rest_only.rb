def splat(*)
  super
end
