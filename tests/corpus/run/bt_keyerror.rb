SETTINGS = { host: "localhost", port: 80 }

def setting(name)
  SETTINGS.fetch(name)
end

puts setting(:host)
puts setting(:timeout)
