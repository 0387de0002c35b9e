for x in list do p x end
