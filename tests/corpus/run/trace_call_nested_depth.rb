def fact(n) = n <= 1 ? 1 : n * fact(n - 1)
depth = 0
TracePoint.new(:call, :return) do |tp|
  if tp.event == :call
    puts "#{"  " * depth}-> #{tp.method_id}(#{tp.binding.local_variable_get(:n)})"
    depth += 1
  else
    depth -= 1
    puts "#{"  " * depth}<- #{tp.return_value}"
  end
end.enable { fact(3) }
