config = {host: "localhost", port: 8080}
p config.fetch(:host)
config.fetch(:user)
