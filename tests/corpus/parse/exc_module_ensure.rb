module M
  setup
ensure
  teardown
end
