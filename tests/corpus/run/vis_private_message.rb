class Vault
  def inspect = "#<Vault>"
  private def code = 1234
end

begin
  Vault.new.code
rescue NoMethodError => e
  puts e.message.lines.first
end
begin
  Vault.new.missing_thing
rescue NoMethodError => e
  puts e.message.lines.first
end
