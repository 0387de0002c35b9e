class AppError < StandardError
  def initialize(msg = "app failed") = super
end
class DbError < AppError
  attr_reader :code
  def initialize(code)
    @code = code
    super("db error #{code}")
  end
end
begin
  raise DbError.new(42)
rescue AppError => e
  p [e.class, e.message, e.code]
end
begin
  raise AppError
rescue => e
  p e.message
end
p DbError.ancestors.take(3)
