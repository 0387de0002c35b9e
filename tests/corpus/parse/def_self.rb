class Util
  def self.version
    "1.0"
  end
end
