module Helpers
  def self.version = "1.0"
  class << self
    def banner = "Helpers v#{version}"
  end
end
p Helpers.version
p Helpers.banner
p Helpers.singleton_methods.sort
module Helpers
  extend self
  def util = :util
end
p Helpers.util
