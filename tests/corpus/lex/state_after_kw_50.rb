if -1 then end
while [1] do break end
unless ::X then end
case -a when -1 then end
