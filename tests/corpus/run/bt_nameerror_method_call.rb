class Runner
  def inspect = "#<Runner>"

  def run
    prepare
    execute_now()
  end

  def prepare = puts("prepared")
end

Runner.new.run
