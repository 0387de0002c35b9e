def empty?
  size == 0
end
def save!
  persist or raise "fail"
end
