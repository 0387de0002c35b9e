class Cache
  @store = {}
  class << self
    attr_reader :store
  end
end
p Cache.store
