def setup
  module Helpers
    X = 1
  end
end
