p "az".succ
