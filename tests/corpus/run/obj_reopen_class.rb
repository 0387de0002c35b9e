class Story
  def title = "first"
end
s = Story.new
class Story
  def author = "anon"
  def title = "second"
end
p s.title
p s.author
class String
  def vowels = count("aeiou")
end
p "education".vowels
p Story.instance_methods(false).sort
