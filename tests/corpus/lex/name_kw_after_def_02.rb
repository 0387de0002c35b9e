def begin
  1
end
def module() = 3
def not; end
