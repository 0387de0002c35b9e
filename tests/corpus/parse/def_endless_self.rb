def self.zero = 0
