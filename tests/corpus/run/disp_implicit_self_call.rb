class Report
  def title = "Report"
  def body = "body text"
  def render
    [title, body, self.title.downcase].join(" | ")
  end
  def title_via_send = send(:title)
end

r = Report.new
puts r.render
puts r.title_via_send
def top_helper = "top"
p top_helper
p self.send(:top_helper)
