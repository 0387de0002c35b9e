SETTINGS = {debug: false}.freeze
p SETTINGS[:debug]
SETTINGS[:debug] = true
