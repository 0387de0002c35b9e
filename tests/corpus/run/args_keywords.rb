def connect(host, port: 80, secure: false) = "#{secure ? "https" : "http"}://#{host}:#{port}"

puts connect("example.com")
puts connect("example.com", port: 8080)
puts connect("example.com", secure: true, port: 443)
opts = { port: 1 }
puts connect("h", **opts)
puts connect("h", **opts, secure: true)
