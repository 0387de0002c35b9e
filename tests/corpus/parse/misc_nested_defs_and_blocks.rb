module M
  class C
    def m
      [1].map do |x|
        case x
        in Integer then x
        end
      end
    end
  end
end
