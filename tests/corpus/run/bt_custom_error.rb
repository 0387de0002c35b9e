class ValidationError < StandardError
  def initialize(field)
    super("#{field} is invalid")
  end
end

def validate(record)
  raise ValidationError.new(:email) unless record[:email].include?("@")
  :ok
end

p validate({ email: "a@b" })
p validate({ email: "nope" })
