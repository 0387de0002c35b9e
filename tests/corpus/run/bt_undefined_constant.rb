module App
  class Service
    def call = Helper.run
  end
end

puts "calling"
App::Service.new.call
