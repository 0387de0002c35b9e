a = %x(echo hi)
b = %x[ls #{dir}]
c = %x{pwd}
