cfg = { "host" => "x", "port" => 80 }
p cfg["port"]
