/ruby/ =~ "I love ruby"
