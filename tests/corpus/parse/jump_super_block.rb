class C < P
  def m(a)
    super(a) { |x| x + 1 }
  end
  def n
    super do
      :zsuper_block
    end
  end
end
