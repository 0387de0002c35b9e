NAME = "ruby".freeze
