class Secret
  private def hidden = 1
  def show = hidden
end
p Secret.new.show
