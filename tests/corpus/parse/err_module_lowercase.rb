module bar; end
