module A
  module B
    class C
    end
  end
end
