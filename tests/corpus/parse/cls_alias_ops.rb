class N
  alias + add
  alias [] fetch
end
