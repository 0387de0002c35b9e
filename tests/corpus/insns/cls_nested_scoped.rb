module Net
  class Http
    class Error < StandardError; end
  end
end
p Net::Http::Error.ancestors.first
