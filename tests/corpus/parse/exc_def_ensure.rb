def with_lock
  lock
  yield
ensure
  unlock
end
