def each(&b)
  super { |x| x }
  super(1) do 2 end
  super.map
end
