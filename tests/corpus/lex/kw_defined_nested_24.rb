if defined?(Foo::Bar) and not defined?(@x)
  defined?(super) ? 1 : 2
end
