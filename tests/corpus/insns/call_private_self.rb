class Priv
  def run = self.helper
  private
  def helper = :h
end
p Priv.new.run
