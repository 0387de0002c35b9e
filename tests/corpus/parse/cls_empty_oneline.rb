class Empty; end
module Blank; end
