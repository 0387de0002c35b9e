def each_item(&block)
  @items.each(&block)
end
