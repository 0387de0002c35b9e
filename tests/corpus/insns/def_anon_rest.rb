def ignore(*) = :ok
p ignore(1, 2)
