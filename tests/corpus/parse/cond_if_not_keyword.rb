if not ready and not waiting
  idle
end
