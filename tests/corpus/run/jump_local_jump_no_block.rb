def needs_block = yield
begin
  needs_block
rescue LocalJumpError => e
  puts e.message
end
def maybe = block_given? ? yield : :no_block
p maybe
p maybe { :got_block }
