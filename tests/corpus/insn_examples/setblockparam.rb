def run(&block)
  block = proc { :default } unless block
  block.call
end
