module Registry
  class << self
    def items = (@items ||= [])
    alias all items
  end
end
