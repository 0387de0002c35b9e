module ReqHelper
  VERSION = "1.2.3"
  def self.greet(name) = "Hello, #{name}!"
end

def req_helper_fn(n) = n * 11
