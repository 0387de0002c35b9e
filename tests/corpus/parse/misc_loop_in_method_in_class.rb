class Runner
  def run
    while running?
      tick rescue nil
    end
  end
end
