def self.meta = :meta
p meta
