class K
  define_method(:dm) do |x|
    return :early if x
    :late
  end
end
p K.new.dm(true)
p K.new.dm(false)
l = lambda do
  [1, 2].each { |v| return v * 5 }
  :no
end
p l.call
