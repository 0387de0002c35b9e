def conf(host: "localhost", port: 80, tls: false)
  [host, port, tls]
end
p conf(port: 443)
