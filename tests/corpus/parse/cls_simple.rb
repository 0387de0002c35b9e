class Animal
  def speak
    "..."
  end
end
