p ENV["HOME"].nil?
