def ready?
  true
end
def save!
  ready? && !nil?
end
