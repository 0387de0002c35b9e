def connect(host:, port: 80, timeout: nil)
  [host, port, timeout]
end
