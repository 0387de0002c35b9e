def self.create
  new
end
