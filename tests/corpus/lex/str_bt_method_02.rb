class Shell
  def `(cmd)
    cmd
  end
  def run = `true`
end
