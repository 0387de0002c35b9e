class V
  alias eql? == # :nodoc:
  alias + add
  undef -, !
end
