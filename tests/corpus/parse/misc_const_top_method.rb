::Kernel.puts "x"
::File::SEPARATOR
