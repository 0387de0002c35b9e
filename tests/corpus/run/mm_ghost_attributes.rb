class OpenThing
  def initialize = @data = {}
  def method_missing(name, *args)
    key = name.to_s
    if key.end_with?("=")
      @data[key.chomp("=").to_sym] = args.first
    elsif @data.key?(name)
      @data[name]
    else
      super
    end
  end
  def respond_to_missing?(name, priv = false) = name.to_s.end_with?("=") || @data.key?(name) || super
end

o = OpenThing.new
o.color = "red"
o.size = 3
p o.color
p o.size
p o.respond_to?(:color)
p o.respond_to?(:weight)
