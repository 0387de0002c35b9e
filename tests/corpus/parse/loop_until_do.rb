until done? do step end
