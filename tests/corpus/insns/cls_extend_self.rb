module Helpers
  extend self
  def help = :h
end
p Helpers.help
