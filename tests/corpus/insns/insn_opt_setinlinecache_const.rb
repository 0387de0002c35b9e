p Comparable
p Kernel
