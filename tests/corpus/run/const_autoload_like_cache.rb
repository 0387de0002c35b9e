module Lazy
  @loaded = []
  def self.loaded = @loaded
  def self.const_missing(name)
    @loaded << name
    const_set(name, "value of #{name}")
  end
end
p Lazy::Alpha
p Lazy::Alpha
p Lazy::Beta
p Lazy.loaded
p Lazy.constants.sort
