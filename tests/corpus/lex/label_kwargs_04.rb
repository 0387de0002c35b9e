def connect(host:, port: 80, **opts)
  [host, port, opts]
end
connect host: "a", port: 22
