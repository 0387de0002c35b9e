def outer
  [1].each do |a|
    [2].each do |b|
      [3].each do |c|
        raise "deep in blocks #{a}#{b}#{c}"
      end
    end
  end
end

outer
