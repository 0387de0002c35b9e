cmd = "stop"
case cmd
when "go" then p 1
when "stop", "halt" then p 2
end
