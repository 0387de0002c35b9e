class Tool
  def self.build = new
  def self.kind = :tool
end
p Tool.kind
