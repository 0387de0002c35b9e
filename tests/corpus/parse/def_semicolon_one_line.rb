def one; 1; end
