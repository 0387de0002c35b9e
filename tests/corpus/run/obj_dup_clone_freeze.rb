class Doc
  attr_accessor :title, :tags
  def initialize = (@title = "t"; @tags = [])
end
d = Doc.new
d.tags << :a
c = d.dup
c.title = "copy"
c.tags << :b
p [d.title, d.tags]
p [c.title, c.tags]
d.freeze
p d.frozen?
p d.clone.frozen?
p d.dup.frozen?
begin
  d.title = "x"
rescue => e
  p e.class
end
