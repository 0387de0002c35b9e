class AppError < StandardError
  def initialize(msg = "app failed") = super
end
begin
  raise AppError
rescue AppError => e
  p e.message
end
