class Proxy
  def inspect = "#<Proxy>"

  def method_missing(name, *args)
    return "proxied #{name}" if name.to_s.start_with?("p_")
    super
  end
end

puts Proxy.new.p_hello
puts Proxy.new.other_call
