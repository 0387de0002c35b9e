begin
  line = gets
end until line.nil?
