class Weird
  def end; end
  def if(x) x end
  def class; 1; end
  def self.while; 2; end
end
