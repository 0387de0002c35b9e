p nil, true, false, self
