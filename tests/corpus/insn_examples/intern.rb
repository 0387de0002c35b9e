name = "size"
:"#{name}="
