module Zoo; end
class Zoo::Cage
  def kind = :cage
end
p Zoo::Cage.new.kind
